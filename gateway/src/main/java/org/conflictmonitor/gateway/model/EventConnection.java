package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;

@Description("A page of events (a Relay cursor connection).")
public record EventConnection(
        @Description("The events of this page with their cursors, in order.") @NonNull List<@NonNull EventEdge> edges,
        @Description("The events of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull EventDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo,
        // The filters the page was asked for with, for `totalCount`, which counts only when selected.
        @Ignore EventFilter filter) {

    /** A page as it comes from the service, as it was asked for, under these filters. */
    public static EventConnection of(Page<EventDto> page, PageRequest request, EventFilter filter) {
        return new EventConnection(Edges.of(page, EventEdge::new), page.items(), PageInfo.of(page, request), filter);
    }
}
