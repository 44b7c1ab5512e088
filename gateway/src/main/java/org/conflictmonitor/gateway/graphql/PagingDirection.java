package org.conflictmonitor.gateway.graphql;

import java.util.List;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;

/** Which way a Relay connection is asked to page: `first`/`after` forward, `last`/`before` backward, never both. */
final class PagingDirection {

    static final int DEFAULT_SIZE = 20;

    private PagingDirection() {
    }

    /** The direction and page size asked for. */
    record Requested(boolean backward, int size) {
    }

    static Requested of(Integer first, String after, Integer last, String before) {
        if (last == null) {
            if (before != null) {
                throw refused("before", "`before` pages backward: give it with `last`.");
            }
            return new Requested(false, first == null ? DEFAULT_SIZE : Paging.first(first));
        }
        if (first != null || after != null) {
            throw refused("last", "Page forward (`first`, `after`) or backward (`last`, `before`), not both.");
        }
        if (before == null) {
            // The services page backward from an item; the oldest events are the last page forward.
            throw refused("before", "`last` pages backward from an item: give `before`, e.g. the `startCursor` of the page after.");
        }
        return new Requested(true, Paging.size("last", last));
    }

    private static GatewayError refused(String argument, String message) {
        return GatewayError.badUserInput(message, List.of(new FieldError(argument, message)));
    }
}
