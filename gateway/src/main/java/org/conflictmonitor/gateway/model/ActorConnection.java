package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.actors.api.ActorDto;

@Description("A page of actors.")
public record ActorConnection(
        @Description("The actors of this page, in order.") @NonNull List<@NonNull ActorDto> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static ActorConnection of(Page<ActorDto> page) {
        return new ActorConnection(page.items(), PageInfo.of(page));
    }
}
