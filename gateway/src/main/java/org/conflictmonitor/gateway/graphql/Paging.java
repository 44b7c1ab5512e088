package org.conflictmonitor.gateway.graphql;

import java.util.List;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;

/** The bounds of `first`, the page size a client asks for. */
final class Paging {

    static final int MAX = 100;

    private Paging() {
    }

    static int first(int first) {
        if (first < 1 || first > MAX) {
            throw GatewayError.badUserInput("`first` must be between 1 and " + MAX + ".",
                    List.of(new FieldError("first", "must be between 1 and " + MAX)));
        }
        return first;
    }
}
