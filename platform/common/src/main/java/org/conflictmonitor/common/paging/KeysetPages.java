package org.conflictmonitor.common.paging;

import java.util.List;
import java.util.function.Function;

import org.conflictmonitor.api.paging.Page;

/**
 * Turns the rows of a keyset query (asked for one more than the page size) into a page whose cursor
 * holds the sort keys of its last row, or none when nothing follows.
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
        String next = more ? KeysetCursor.encode(keysOf.apply(page.get(page.size() - 1))) : null;
        return Page.of(toItems.apply(page), next);
    }
}
