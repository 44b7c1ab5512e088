package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.events.api.ConflictDto;

@Description("A page of conflicts.")
public record ConflictConnection(
        @Description("The conflicts of this page, in order.") @NonNull List<@NonNull ConflictDto> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static ConflictConnection of(Page<ConflictDto> page) {
        return new ConflictConnection(page.items(), PageInfo.of(page));
    }
}
