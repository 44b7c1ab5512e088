package org.conflictmonitor.gateway.model;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.api.paging.Page;

@Description("Where a page of a connection starts and ends, and whether more follow or precede (Relay cursor connections).")
public record PageInfo(
        @Description("Whether another page follows; ask for it with `after: endCursor`. On a page asked for with `last`, true when it was asked for `before` an item.") @NonNull boolean hasNextPage,
        @Description("Whether items come before this page: true for every page asked for with `after`; on a page asked for with `last` (where the list pages backward), whether more precede it, to ask for with `last` and `before: startCursor`.") @NonNull boolean hasPreviousPage,
        @Description("The cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("The cursor of the last item of this page, to pass as `after` for the next page; null when the page is empty.") String endCursor) {

    /** A page asked for forward, after a cursor (null for the first page). */
    public static PageInfo of(Page<?> page, String after) {
        return of(page, page.nextCursor() != null, after != null && !after.isEmpty());
    }

    /**
     * A page as asked for: forward, items precede it when it starts after a cursor; backward, the
     * items at and after its cursor exist.
     */
    public static PageInfo of(Page<?> page, PageRequest request) {
        if (!request.backward()) {
            return of(page, request.after());
        }
        return of(page, request.before() != null && !request.before().isEmpty(), page.previousCursor() != null);
    }

    private static PageInfo of(Page<?> page, boolean hasNext, boolean hasPrevious) {
        List<String> cursors = page.cursors();
        return new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }
}
