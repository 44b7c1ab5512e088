package org.conflictmonitor.common.paging;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.common.error.ProblemException;

/**
 * Where a client asked a keyset list to start: after a cursor (forward, or from the top without
 * one) or before a cursor (backward). A backward page is read nearest the cursor first, so its
 * query compares and orders the other way round.
 *
 * @param cursor    the cursor given, or null for the first page forward
 * @param parameter the query parameter it came in, named in a 400 when it is not ours
 * @param backward  whether the items before the cursor are asked for
 */
public record KeysetRequest(String cursor, String parameter, boolean backward) {

    /** The request of a list's {@code cursor} and {@code before} parameters, or a 400 when both are given. */
    public static KeysetRequest of(String cursor, String before) {
        boolean hasCursor = cursor != null && !cursor.isBlank();
        if (before != null && !before.isBlank()) {
            if (hasCursor) {
                throw ProblemException.invalid("before", "pages backward from a cursor; give `cursor` or `before`, not both");
            }
            return new KeysetRequest(before, "before", true);
        }
        return new KeysetRequest(hasCursor ? cursor : null, "cursor", false);
    }

    /** The sort key the cursor holds, read by {@code parse} (which names the parameter in its 400), or null without a cursor. */
    public <K> K key(BiFunction<String, String, K> parse) {
        return cursor == null ? null : parse.apply(cursor, parameter);
    }

    /**
     * The row comparison that keeps the rows on the asked side of the cursor's key, for a list in
     * ascending ({@code ascending}) or descending order.
     */
    public String comparison(boolean ascending) {
        return ascending != backward ? ">" : "<";
    }

    /** The direction to read rows in: the list's own, or the opposite when paging backward. */
    public String direction(boolean ascending) {
        return ascending != backward ? "ASC" : "DESC";
    }

    /** The page of rows read in {@link #direction}, one more than {@code limit} asked for. */
    public <E, T> Page<T> page(List<E> rows, int limit, Function<List<E>, List<T>> toItems, Function<E, String[]> keysOf) {
        return backward ? KeysetPages.before(rows, limit, toItems, keysOf) : KeysetPages.of(rows, limit, toItems, keysOf);
    }
}
