package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.SourceDto;

@Description("A page of sources (a Relay cursor connection).")
public record SourceConnection(
        @Description("The sources of this page with their cursors, in order.") @NonNull List<@NonNull SourceEdge> edges,
        @Description("The sources of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull SourceDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo) {

    /** A page as it comes from the service, and the cursor it was asked for after (null for the first page). */
    public static SourceConnection of(Page<SourceDto> page, String after) {
        return new SourceConnection(Edges.of(page, SourceEdge::new), page.items(), PageInfo.of(page, after));
    }
}
