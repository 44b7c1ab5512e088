package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.ConflictDto;

@Description("A page of conflicts (a Relay cursor connection).")
public record ConflictConnection(
        @Description("The conflicts of this page with their cursors, in order.") @NonNull List<@NonNull ConflictEdge> edges,
        @Description("The conflicts of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull ConflictDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo) {

    /** A page as it comes from the service, and the cursor it was asked for after (null for the first page). */
    public static ConflictConnection of(Page<ConflictDto> page, String after) {
        return new ConflictConnection(Edges.of(page, ConflictEdge::new), page.items(), PageInfo.of(page, after));
    }
}
