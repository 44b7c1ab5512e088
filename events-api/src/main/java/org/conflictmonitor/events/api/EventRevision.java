package org.conflictmonitor.events.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change of an event: who made it, when, which fields it changed, and the event as it was after it.")
public record EventRevision(
        @Schema(description = "The event's version after the change.") int version,
        @Schema(description = "When the change was made.") OffsetDateTime changedAt,
        @Schema(description = "Who made it.") String changedBy,
        @Schema(description = "The fields the change set, e.g. `status`, `killed`; all of them for the first revision.") List<String> changedFields,
        @Schema(description = "The event after the change (claims and agreement as they were then).") EventDto event) {
}
