package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.events.api.EventDto;

@Description("An event in a page, with its cursor.")
public record EventEdge(
        @Description("Pass it as `after` to get the events that follow this one.") @NonNull String cursor,
        @Description("The event.") @NonNull EventDto node) {
}
