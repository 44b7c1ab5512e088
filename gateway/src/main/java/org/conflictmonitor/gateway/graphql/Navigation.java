package org.conflictmonitor.gateway.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Resolves one field for a whole level of parents with one batched call: GraphQL hands the
 * resolver every parent at once, and the answer must come back in the parents' order.
 * <p>
 * The calls run on a worker pool that carries the request's context (the caller's token), and they
 * are asynchronous, so the fields of one level (an event's conflict, actors and claims) are fetched
 * at the same time rather than one after the other; their answers come back one at a time
 * ({@link RequestLane}).
 */
@ApplicationScoped
class Navigation {

    private final ManagedExecutor executor;

    Navigation(ManagedExecutor executor) {
        this.executor = executor;
    }

    /** For each parent, the one thing its key points to (null when it has none or it is gone). */
    <P, T> CompletionStage<List<T>> one(List<P> parents, Function<P, UUID> key, Function<Collection<UUID>, Map<UUID, T>> load) {
        List<UUID> keys = parents.stream().map(key).toList();
        List<UUID> present = keys.stream().filter(Objects::nonNull).distinct().toList();
        return inLane(executor.supplyAsync(() -> {
            Map<UUID, T> found = present.isEmpty() ? Map.of() : load.apply(present);
            return keys.stream().map(k -> k == null ? null : found.get(k)).toList();
        }));
    }

    /** For each parent, the things its key has (an empty list when none). */
    <P, T> CompletionStage<List<List<T>>> many(List<P> parents, Function<P, UUID> key, Function<Collection<UUID>, Map<UUID, List<T>>> load) {
        List<UUID> keys = parents.stream().map(key).toList();
        List<UUID> present = keys.stream().filter(Objects::nonNull).distinct().toList();
        return inLane(executor.supplyAsync(() -> {
            Map<UUID, List<T>> found = present.isEmpty() ? Map.of() : load.apply(present);
            return keys.stream().map(k -> k == null ? List.<T>of() : found.getOrDefault(k, List.of())).toList();
        }));
    }

    /** The answer handed back on the request's lane, so that answers arriving together cannot split a batch. */
    private <T> CompletionStage<T> inLane(CompletionStage<T> answer) {
        return answer.thenApplyAsync(Function.identity(), RequestLane.ofCurrentRequest(executor));
    }
}
