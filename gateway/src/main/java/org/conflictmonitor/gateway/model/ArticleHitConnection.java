package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.ArticleHit;
import org.conflictmonitor.sources.api.ArticleSearch;

@Description("A page of search hits, best match first (a Relay cursor connection).")
public record ArticleHitConnection(
        @Description("The search hits of this page with their cursors, in order.") @NonNull List<@NonNull ArticleHitEdge> edges,
        @Description("The search hits of this page, best match first. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull ArticleHit> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo,
        // The search the page was asked for with, for `totalCount`, which counts only when selected.
        @Ignore ArticleSearch search) {

    /** A page as it comes from the service, and the cursor it was asked for after (null for the first page). */
    public static ArticleHitConnection of(Page<ArticleHit> page, String after, ArticleSearch search) {
        return new ArticleHitConnection(Edges.of(page, ArticleHitEdge::new), page.items(), PageInfo.of(page, after), search);
    }
}
