package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConflictInput", description = "A conflict to create, or the new state of one to update.")
public record ConflictRequest(
        @Schema(description = "Name.") @NotBlank @Size(max = 300) String name,
        @Schema(implementation = ConflictType.class, description = "UCDP conflict type.") @NotNull @OneOf(ConflictType.class) String type,
        @Schema(description = "When it started.", nullable = true) LocalDate startDate,
        @Schema(description = "When it ended.", nullable = true) LocalDate endDate,
        @Schema(description = "Description.", nullable = true) @Size(max = 20_000) String description,
        @Schema(description = "The parties (actors-service ids; unknown ids are refused with 422).", nullable = true)
        @Size(max = 200) List<@NotNull @Valid ConflictParty> parties,
        @Schema(description = "Background entries.", nullable = true) @Size(max = 500) List<@NotNull @Valid TimelineEntry> timeline,
        @Schema(description = "UCDP conflict id.", nullable = true) @Positive Integer ucdpConflictId,
        @Schema(description = "On update: the version you read.", nullable = true) @PositiveOrZero Integer version) {

    @AssertTrue(message = "must not be before startDate")
    @Schema(hidden = true)
    public boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
