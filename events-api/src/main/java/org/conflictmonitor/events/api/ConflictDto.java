package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conflict", description = "An armed conflict: its parties, dates and background timeline.")
public record ConflictDto(
        @Schema(description = "Stable id.") UUID id,
        @Schema(description = "Name.", examples = "Nagorno-Karabakh conflict") String name,
        @Schema(description = "UCDP conflict type.") ConflictType type,
        @Schema(description = "When it started.", nullable = true) LocalDate startDate,
        @Schema(description = "When it ended; null while it goes on.", nullable = true) LocalDate endDate,
        @Schema(description = "Description.", nullable = true) String description,
        @Schema(description = "The parties on each side.") List<ConflictParty> parties,
        @Schema(description = "Background entries, oldest first.") List<TimelineEntry> timeline,
        @Schema(description = "UCDP conflict id.", nullable = true) Integer ucdpConflictId,
        @Schema(description = "When it was created.") OffsetDateTime createdAt,
        @Schema(description = "Who created it.") String createdBy,
        @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,
        @Schema(description = "Version for optimistic locking.") int version) {
}
