package org.conflictmonitor.api.paging;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list.
 */
@Description("One page of results. Pass `nextCursor` as `cursor` to get the next page; it is null on the last page.")
@Type("Page")
public record Page<T>(
        @Description("The items of this page, in the list's order.") List<T> items,
        @Description("Opaque cursor of the next page, or null when this is the last page.") @Schema(nullable = true) String nextCursor,
        @Description("The cursor of each item, in the same order: pass one as `cursor` to get the items after it.") List<String> cursors,
        @Description("On a page asked for with `before` (lists that page backward): the cursor to pass as `before` for the items preceding this page, or null when none precede. Null on pages asked for with `cursor`.") @Schema(nullable = true) String previousCursor) {

    public static <T> Page<T> of(List<T> items, List<String> cursors, String nextCursor) {
        return of(items, cursors, nextCursor, null);
    }

    public static <T> Page<T> of(List<T> items, List<String> cursors, String nextCursor, String previousCursor) {
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("A page has one cursor per item: " + items.size() + " items, " + cursors.size() + " cursors");
        }
        return new Page<>(List.copyOf(items), nextCursor, List.copyOf(cursors), previousCursor);
    }

    /** The same page with other items in place of these, one for one (each keeps its cursor). */
    public <U> Page<U> map(List<U> others) {
        return of(others, cursors, nextCursor, previousCursor);
    }
}
