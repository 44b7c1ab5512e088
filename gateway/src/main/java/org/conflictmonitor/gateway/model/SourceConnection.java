package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceFilter;

@Description("A page of sources (a Relay cursor connection).")
public record SourceConnection(
        @Description("The sources of this page with their cursors, in order.") @NonNull List<@NonNull SourceEdge> edges,
        @Description("The sources of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull SourceDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo,
        // The filters the page was asked for with, for `totalCount`, which counts only when selected.
        @Ignore SourceFilter filter) {

    /** A page as it comes from the service, as it was asked for, under these filters. */
    public static SourceConnection of(Page<SourceDto> page, PageRequest request, SourceFilter filter) {
        return new SourceConnection(Edges.of(page, SourceEdge::new), page.items(), PageInfo.of(page, request), filter);
    }
}
