package org.conflictmonitor.gateway.graphql;

import java.util.List;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.model.PageRequest;

/** Which way a Relay connection is asked to page: `first`/`after` forward, `last`/`before` backward, never both. */
final class PagingDirection {

    static final int DEFAULT_SIZE = 20;

    // The descriptions of the four arguments, the same on every connection that pages both ways.
    static final String FIRST = "Page size, 1 to 100, paging forward; 20 when neither `first` nor `last` is given.";
    static final String AFTER = "The `endCursor` of the previous page, or any edge's `cursor`: the items after it.";
    static final String LAST = "Page size, 1 to 100, paging backward: the last items before `before`, which it needs. Not with `first` or `after`.";
    static final String BEFORE = "The `startCursor` of the page after, or any edge's `cursor`: the items just before it. Only with `last`.";

    private PagingDirection() {
    }

    /** The direction, page size and cursor asked for, or BAD_USER_INPUT naming the argument that does not fit. */
    static PageRequest of(Integer first, String after, Integer last, String before) {
        if (last == null) {
            if (before != null) {
                throw refused("before", "`before` pages backward: give it with `last`.");
            }
            return new PageRequest(false, first == null ? DEFAULT_SIZE : Paging.first(first), after);
        }
        if (first != null || after != null) {
            throw refused("last", "Page forward (`first`, `after`) or backward (`last`, `before`), not both.");
        }
        if (before == null) {
            // The services page backward from an item; the oldest events are the last page forward.
            throw refused("before", "`last` pages backward from an item: give `before`, e.g. the `startCursor` of the page after.");
        }
        return new PageRequest(true, Paging.size("last", last), before);
    }

    private static GatewayError refused(String argument, String message) {
        return GatewayError.badUserInput(message, List.of(new FieldError(argument, message)));
    }
}
