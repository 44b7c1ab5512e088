package org.conflictmonitor.events.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.FieldRules;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A dated background entry of a conflict, e.g. the 1992–1994 war.")
@Type("TimelineEntry")
@Input("TimelineEntryInput")
@FieldRules
public record TimelineEntry(
        @Description("First day (for a month or year precision, its first day).") @Schema(examples = "1992-01-01") @NotNull LocalDate dateFrom,
        @Description("Last day; leave out for an ongoing or one-day entry.") @Schema(nullable = true) LocalDate dateTo,
        @Description("How precise the dates are.") @Schema(implementation = DatePrecision.class, description = "How precise the dates are.") @NotNull @OneOf(DatePrecision.class) String precision,
        @Description("Title.") @Schema(examples = "War over Nagorno-Karabakh") @NotBlank @Size(max = 300) String title,
        @Description("Description.") @Schema(nullable = true) @Size(max = 10_000) String description) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Broken broken) {
        if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
            broken.rule("dateTo", "must not be before dateFrom");
        }
    }
}
