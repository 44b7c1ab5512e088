package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conflict", description = "An armed conflict: its parties, dates and background timeline.")
@Description("An armed conflict: its parties, dates and background timeline.")
@Type("Conflict")
public record ConflictDto(
        @Description("Stable id.") @Schema(description = "Stable id.") UUID id,
        @Description("Name.") @Schema(description = "Name.", examples = "Nagorno-Karabakh conflict") String name,
        @Description("UCDP conflict type.") @Schema(description = "UCDP conflict type.") ConflictType type,
        @Description("When it started.") @Schema(description = "When it started.", nullable = true) LocalDate startDate,
        @Description("When it ended; null while it goes on.") @Schema(description = "When it ended; null while it goes on.", nullable = true) LocalDate endDate,
        @Description("Description.") @Schema(description = "Description.", nullable = true) String description,
        @Description("The parties on each side.") @Schema(description = "The parties on each side.") List<ConflictParty> parties,
        @Description("Background entries, oldest first.") @Schema(description = "Background entries, oldest first.") List<TimelineEntry> timeline,
        @Description("UCDP conflict id.") @Schema(description = "UCDP conflict id.", nullable = true) Integer ucdpConflictId,
        @Description("When it was created.") @Schema(description = "When it was created.") OffsetDateTime createdAt,
        @Description("Who created it.") @Schema(description = "Who created it.") String createdBy,
        @Description("When it was last changed.") @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") @Schema(description = "Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking.") @Schema(description = "Version for optimistic locking.") int version) {
}
