package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorFilter;

@Description("A page of actors (a Relay cursor connection).")
public record ActorConnection(
        @Description("The actors of this page with their cursors, in order.") @NonNull List<@NonNull ActorEdge> edges,
        @Description("The actors of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull ActorDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo,
        // The filters the page was asked for with, for `totalCount`, which counts only when selected.
        @Ignore ActorFilter filter) {

    /** A page as it comes from the service, as it was asked for, under these filters. */
    public static ActorConnection of(Page<ActorDto> page, PageRequest request, ActorFilter filter) {
        return new ActorConnection(Edges.of(page, ActorEdge::new), page.items(), PageInfo.of(page, request), filter);
    }
}
