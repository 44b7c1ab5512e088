package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Counts of one group of events.")
@Description("Counts of one group of events.")
@Type("StatsBucket")
public record StatsBucket(
        @Description("The group: a date (first day of the period), an ISO country code, an event type (UNSPECIFIED where the source does not say) or an actor id.") @Schema(description = "The group: a date (first day of the period), an ISO country code, an event type (UNSPECIFIED where the source does not say) or an actor id.") String key,
        @Description("How many events.") @Schema(description = "How many events.") long events,
        @Description("Sum of the best estimates of killed.") @Schema(description = "Sum of the best estimates of killed.") long killed,
        @Description("Sum of the best estimates of injured.") @Schema(description = "Sum of the best estimates of injured.") long injured) {
}
