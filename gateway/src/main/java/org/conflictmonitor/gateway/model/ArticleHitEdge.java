package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.sources.api.ArticleHit;

@Description("A search hit in a page, with its cursor.")
public record ArticleHitEdge(
        @Description("Pass it as `after` to get the search hits that follow this one.") @NonNull String cursor,
        @Description("The search hit.") @NonNull ArticleHit node) {
}
