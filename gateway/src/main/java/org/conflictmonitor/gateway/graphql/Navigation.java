package org.conflictmonitor.gateway.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Resolves one field for a whole level of parents with one batched call: GraphQL hands the
 * resolver every parent at once, and the answer must come back in the parents' order.
 */
final class Navigation {

    private Navigation() {
    }

    /** For each parent, the one thing its key points to (null when it has none or it is gone). */
    static <P, T> List<T> one(List<P> parents, Function<P, UUID> key, Function<Collection<UUID>, Map<UUID, T>> load) {
        List<UUID> keys = parents.stream().map(key).toList();
        List<UUID> present = keys.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, T> found = present.isEmpty() ? Map.of() : load.apply(present);
        return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
    }

    /** For each parent, the things its key has (an empty list when none). */
    static <P, T> List<List<T>> many(List<P> parents, Function<P, UUID> key, Function<Collection<UUID>, Map<UUID, List<T>>> load) {
        List<UUID> keys = parents.stream().map(key).toList();
        List<UUID> present = keys.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, List<T>> found = present.isEmpty() ? Map.of() : load.apply(present);
        return keys.stream().map(k -> k == null ? List.<T>of() : found.getOrDefault(k, List.of())).toList();
    }
}
