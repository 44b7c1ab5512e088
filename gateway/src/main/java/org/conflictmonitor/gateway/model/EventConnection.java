package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.EventDto;

@Description("A page of events.")
public record EventConnection(
        @Description("The events of this page, in order.") @NonNull List<@NonNull EventDto> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static EventConnection of(Page<EventDto> page) {
        return new EventConnection(page.items(), PageInfo.of(page));
    }
}
