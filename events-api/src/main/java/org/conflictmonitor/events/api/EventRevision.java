package org.conflictmonitor.events.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("One change of an event: who made it, when, which fields it changed, and the event as it was after it.")
@Type("EventRevision")
public record EventRevision(
        @Description("The event's version after the change.") int version,
        @Description("When the change was made.") OffsetDateTime changedAt,
        @Description("Who made it.") String changedBy,
        @Description("The fields the change set, e.g. `status`, `killed`; all of them for the first revision.") List<String> changedFields,
        @Description("The event after the change (claims and agreement as they were then).") EventDto event) {
}
