package org.conflictmonitor.events.api;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A dated background entry of a conflict, e.g. the 1992–1994 war.")
public record TimelineEntry(
        @Schema(description = "First day (for a month or year precision, its first day).", examples = "1992-01-01") @NotNull LocalDate dateFrom,
        @Schema(description = "Last day; leave out for an ongoing or one-day entry.", nullable = true) LocalDate dateTo,
        @Schema(implementation = DatePrecision.class, description = "How precise the dates are.") @NotNull @OneOf(DatePrecision.class) String precision,
        @Schema(description = "Title.", examples = "War over Nagorno-Karabakh") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Description.", nullable = true) @Size(max = 10_000) String description) {

    @AssertTrue(message = "must not be before dateFrom")
    @Schema(hidden = true)
    public boolean isDateTo() {
        return dateFrom == null || dateTo == null || !dateTo.isBefore(dateFrom);
    }
}
