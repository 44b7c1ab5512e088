package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;

@Description("A page of conflicts (a Relay cursor connection).")
public record ConflictConnection(
        @Description("The conflicts of this page with their cursors, in order.") @NonNull List<@NonNull ConflictEdge> edges,
        @Description("The conflicts of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull ConflictDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo,
        // The filters the page was asked for with, for `totalCount`, which counts only when selected.
        @Ignore ConflictFilter filter) {

    /** A page as it comes from the service, as it was asked for, under these filters. */
    public static ConflictConnection of(Page<ConflictDto> page, PageRequest request, ConflictFilter filter) {
        return new ConflictConnection(Edges.of(page, ConflictEdge::new), page.items(), PageInfo.of(page, request), filter);
    }
}
