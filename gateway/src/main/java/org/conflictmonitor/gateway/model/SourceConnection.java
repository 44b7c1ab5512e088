package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.sources.api.SourceDto;

@Description("A page of sources.")
public record SourceConnection(
        @Description("The sources of this page, in order.") @NonNull List<@NonNull SourceDto> nodes,
        @Description("Whether more follow, and the cursor to get them.") @NonNull PageInfo pageInfo) {

    public static SourceConnection of(Page<SourceDto> page) {
        return new SourceConnection(page.items(), PageInfo.of(page));
    }
}
