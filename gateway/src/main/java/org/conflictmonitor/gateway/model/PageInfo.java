package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;

@Description("Where a page of a connection starts and ends, and whether more follow (Relay cursor connections). Lists page forward, newest or best first.")
public record PageInfo(
        @Description("Whether another page follows; ask for it with `after: endCursor`.") @NonNull boolean hasNextPage,
        @Description("Whether items come before this page: true for every page asked for with `after`.") @NonNull boolean hasPreviousPage,
        @Description("The cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("The cursor of the last item of this page, to pass as `after` for the next page; null when the page is empty.") String endCursor) {

    public static PageInfo of(Page<?> page, String after) {
        List<String> cursors = page.cursors();
        return new PageInfo(page.nextCursor() != null, after != null && !after.isEmpty(),
                cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
