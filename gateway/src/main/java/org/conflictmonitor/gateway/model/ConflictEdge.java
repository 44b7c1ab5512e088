package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.events.api.ConflictDto;

@Description("A conflict in a page, with its cursor.")
public record ConflictEdge(
        @Description("Pass it as `after` to get the conflicts that follow this one.") @NonNull String cursor,
        @Description("The conflict.") @NonNull ConflictDto node) {
}
