package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;

@Description("Where a page of a connection ends and whether more follow (Relay cursor connections).")
public record PageInfo(
        @Description("Whether another page follows; ask for it with `after: endCursor`.") @NonNull boolean hasNextPage,
        @Description("Cursor to pass as `after` for the next page; null on the last page.") String endCursor) {

    public static PageInfo of(Page<?> page) {
        return new PageInfo(page.nextCursor() != null, page.nextCursor());
    }
}
