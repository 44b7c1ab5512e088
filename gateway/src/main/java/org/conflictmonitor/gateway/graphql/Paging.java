package org.conflictmonitor.gateway.graphql;

import java.util.List;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;

/** The bounds of `first` and `last`, the page size a client asks for. */
final class Paging {

    static final int MAX = 100;

    private Paging() {
    }

    static int first(int first) {
        return size("first", first);
    }

    /** A page size given as {@code argument}, or BAD_USER_INPUT naming it. */
    static int size(String argument, int size) {
        if (size < 1 || size > MAX) {
            throw GatewayError.badUserInput("`" + argument + "` must be between 1 and " + MAX + ".",
                    List.of(new FieldError(argument, "must be between 1 and " + MAX)));
        }
        return size;
    }
}
