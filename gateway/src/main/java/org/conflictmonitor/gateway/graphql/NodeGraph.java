package org.conflictmonitor.gateway.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import org.conflictmonitor.api.identity.Node;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.service.ActorsService;
import org.conflictmonitor.gateway.service.EventsService;
import org.conflictmonitor.gateway.service.SourcesService;

/**
 * Object identification (Relay's `node` / `nodes`): any entity by its id alone. The ids are the
 * services' UUIDs, which say nothing of their type, so every lookup is asked at once and the one
 * that knows the id answers.
 */
@GraphQLApi
public class NodeGraph {

    static final int MAX_IDS = Paging.MAX;

    private final List<Function<Collection<UUID>, Map<UUID, ? extends Node>>> lookups;
    private final ManagedExecutor executor;

    public NodeGraph(ActorsService actors, SourcesService sources, EventsService events, ManagedExecutor executor) {
        this.lookups = List.of(actors::byIds, sources::sourcesByIds, sources::articlesByIds,
                events::eventsByIds, events::conflictsByIds, events::claimsByIds);
        this.executor = executor;
    }

    @Query("node")
    @Description("Any entity (actor, source, article, conflict, event, claim) by its id, as normalising caches and Relay refetch it. "
            + "Null when nothing the caller may see has the id; an error naming the service when a service that might have it does not answer.")
    public CompletionStage<Node> node(@Name("id") @Description("The entity's id.") @Id @NonNull String id) {
        return find(List.of(IdArgument.uuid("id", id))).thenApply(found -> found.get(0));
    }

    @Query("nodes")
    @Description("Entities by their ids, in the order asked, null where nothing the caller may see has the id; at most 100 ids.")
    public CompletionStage<List<Node>> nodes(
            // Strings, not IDs: SmallRye GraphQL 2.17 refuses every value of an argument that is a list of IDs.
            @Name("ids") @Description("The entities' ids (the values of their `id`), 1 to 100.") @NonNull List<@NonNull String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw GatewayError.badUserInput("`ids` must hold 1 to " + MAX_IDS + " ids.",
                    List.of(new FieldError("ids", "must hold 1 to " + MAX_IDS + " ids")));
        }
        return find(IdArgument.uuids("ids", ids));
    }

    private CompletionStage<List<Node>> find(List<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<CompletableFuture<Map<UUID, ? extends Node>>> asked = new ArrayList<>();
        for (Function<Collection<UUID>, Map<UUID, ? extends Node>> lookup : lookups) {
            asked.add(executor.supplyAsync(() -> lookup.apply(distinct)));
        }
        return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            Map<UUID, Node> found = new HashMap<>();
            RuntimeException unanswered = null;
            for (CompletableFuture<Map<UUID, ? extends Node>> answer : asked) {
                try {
                    found.putAll(answer.join());
                } catch (CompletionException e) {
                    unanswered = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            // An id no answering service knows may belong to the one that did not answer: say so rather than null.
            if (unanswered != null && !found.keySet().containsAll(distinct)) {
                throw unanswered;
            }
            return ids.stream().map(found::get).toList();
        });
    }
}
