package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("Counts of one group of events.")
@Type("StatsBucket")
public record StatsBucket(
        @Description("The group: a date (first day of the period), an ISO country code, an event type (UNSPECIFIED where the source does not say) or an actor id.") String key,
        @Description("How many events.") long events,
        @Description("Sum of the best estimates of killed.") long killed,
        @Description("Sum of the best estimates of injured.") long injured) {
}
