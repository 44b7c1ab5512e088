package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.sources.api.SourceDto;

@Description("A source in a page, with its cursor.")
public record SourceEdge(
        @Description("Pass it as `after` to get the sources that follow this one.") @NonNull String cursor,
        @Description("The source.") @NonNull SourceDto node) {
}
