package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.EventDto;

@Description("A page of events (a Relay cursor connection).")
public record EventConnection(
        @Description("The events of this page with their cursors, in order.") @NonNull List<@NonNull EventEdge> edges,
        @Description("The events of this page, in order. The same as `edges.node`, for clients that need no cursor per item.") @NonNull List<@NonNull EventDto> nodes,
        @Description("Whether more follow, and the cursors to page on.") @NonNull PageInfo pageInfo) {

    /** A page as it comes from the service, and the cursor it was asked for after (null for the first page). */
    public static EventConnection of(Page<EventDto> page, String after) {
        return new EventConnection(Edges.of(page, EventEdge::new), page.items(), PageInfo.of(page, after));
    }
}
