package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.actors.api.ActorDto;

@Description("An actor in a page, with its cursor.")
public record ActorEdge(
        @Description("Pass it as `after` to get the actors that follow this one.") @NonNull String cursor,
        @Description("The actor.") @NonNull ActorDto node) {
}
