package org.conflictmonitor.gateway.service;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorFilter;
import org.conflictmonitor.actors.api.ActorLookupResult;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.MergeRequest;
import org.conflictmonitor.actors.api.RelationDto;
import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.actors.api.RelationsOfActors;
import org.conflictmonitor.actors.api.ResolveCandidate;
import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.gateway.client.ActorsClient;

/** actors-service as the gateway uses it: batched reads, writes, errors named after the service. */
@ApplicationScoped
@Downstream(ActorsService.NAME)
@Timeout(value = 6, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        failOn = { ProcessingException.class, TimeoutException.class })
public class ActorsService {

    public static final String NAME = "actors-service";

    private final ActorsClient client;

    public ActorsService(@RestClient ActorsClient client) {
        this.client = client;
    }

    /** The actors of the given ids; a merged duplicate's id maps to its survivor, an unknown id to nothing. */
    public Map<UUID, ActorDto> byIds(Collection<UUID> ids) {
        Map<UUID, ActorDto> found = new HashMap<>();
        for (List<UUID> chunk : Batches.of(ids)) {
            ActorLookupResult result = client.lookup(new IdsRequest(chunk));
            result.items().forEach(a -> found.put(a.id(), a));
            result.mergedInto().forEach((merged, survivor) -> found.put(merged, found.get(survivor)));
        }
        return found;
    }

    /** The page after {@code after} (or the first), or with {@code before} the one just before it, in list order. */
    public Page<ActorDto> list(ActorFilter filter, String after, String before, int limit) {
        return client.list(filter, after, before, limit);
    }

    public TotalCount count(ActorFilter filter) {
        return client.count(filter, TotalCount.MAX_EXACT);
    }

    public List<ResolveCandidate> resolve(String name, List<String> kinds, int limit) {
        return client.resolve(name, kinds, limit);
    }

    /** For each actor, its relations as subject or object (its survivor's, if merged). */
    public Map<UUID, List<RelationDto>> relationsOfActors(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> client.relationsOfActors(new IdsRequest(chunk)).results(),
                RelationsOfActors.Entry::actorId, RelationsOfActors.Entry::relations);
    }

    public ActorDto create(ActorRequest request) {
        return client.create(request).readEntity(ActorDto.class);
    }

    public ActorDto update(UUID id, ActorRequest request) {
        return client.update(id, request);
    }

    public void delete(UUID id) {
        client.delete(id);
    }

    public ActorDto merge(UUID survivorId, UUID duplicateId) {
        return client.merge(survivorId, new MergeRequest(duplicateId));
    }

    public RelationDto addRelation(UUID actorId, RelationRequest request) {
        return client.addRelation(actorId, request).readEntity(RelationDto.class);
    }

    public void removeRelation(UUID actorId, UUID relationId) {
        client.removeRelation(actorId, relationId);
    }
}
