package org.conflictmonitor.common.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.conflictmonitor.api.paging.Page;

/**
 * Turns the rows of a keyset query (asked for one more than the page size) into a page: each item's
 * cursor holds its row's sort keys, and the next page's cursor is the last item's, or none when
 * nothing follows.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * @param rows   up to {@code limit + 1} rows in list order
     * @param keysOf the sort keys of a row, in the order the query compares them
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<List<E>, List<T>> toItems, Function<E, String[]> keysOf) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        List<String> cursors = page.stream().map(row -> KeysetCursor.encode(keysOf.apply(row))).toList();
        return Page.of(toItems.apply(page), cursors, more ? cursors.get(cursors.size() - 1) : null);
    }

    /**
     * A page asked for backward, with {@code before}: the rows come nearest the cursor first, that is
     * in reverse list order, up to {@code limit + 1}. The page shows them in list order, and its
     * previous cursor is its first item's when more rows precede it.
     */
    public static <E, T> Page<T> before(List<E> rowsNearestFirst, int limit, Function<List<E>, List<T>> toItems, Function<E, String[]> keysOf) {
        boolean more = rowsNearestFirst.size() > limit;
        List<E> page = new ArrayList<>(more ? rowsNearestFirst.subList(0, limit) : rowsNearestFirst);
        Collections.reverse(page);
        List<String> cursors = page.stream().map(row -> KeysetCursor.encode(keysOf.apply(row))).toList();
        return Page.of(toItems.apply(page), cursors, null, more ? cursors.get(0) : null);
    }
}
