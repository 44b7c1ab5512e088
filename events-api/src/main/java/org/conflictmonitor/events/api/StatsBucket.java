package org.conflictmonitor.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Counts of one group of events.")
public record StatsBucket(
        @Schema(description = "The group: a date (first day of the period), an ISO country code, an event type or an actor id.") String key,
        @Schema(description = "How many events.") long events,
        @Schema(description = "Sum of the best estimates of killed.") long killed,
        @Schema(description = "Sum of the best estimates of injured.") long injured) {
}
