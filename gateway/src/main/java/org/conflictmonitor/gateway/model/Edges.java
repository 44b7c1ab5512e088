package org.conflictmonitor.gateway.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.conflictmonitor.api.paging.Page;

/** The edges of a connection: each item of a service's page with the cursor the service gave it. */
final class Edges {

    private Edges() {
    }

    static <T, E> List<E> of(Page<T> page, BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(edge.apply(page.cursors().get(i), page.items().get(i)));
        }
        return edges;
    }
}
