package org.conflictmonitor.gateway.service;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.events.api.ClaimDto;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.ClaimsOfEvents;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.StatusChange;
import org.conflictmonitor.events.api.EventPoints;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventRevision;
import org.conflictmonitor.events.api.EventsOfKeys;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.events.api.StatsBucket;
import org.conflictmonitor.gateway.client.ConflictsClient;
import org.conflictmonitor.gateway.client.EventsClient;

/** events-service as the gateway uses it: conflicts, events and claims, batched reads, writes. */
@ApplicationScoped
@Downstream(EventsService.NAME)
@Timeout(value = 6, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        failOn = { ProcessingException.class, TimeoutException.class })
public class EventsService {

    public static final String NAME = "events-service";

    private final ConflictsClient conflicts;
    private final EventsClient events;

    public EventsService(@RestClient ConflictsClient conflicts, @RestClient EventsClient events) {
        this.conflicts = conflicts;
        this.events = events;
    }

    public Map<UUID, ConflictDto> conflictsByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> conflicts.lookup(new IdsRequest(chunk)).items(), ConflictDto::id, c -> c);
    }

    public Map<UUID, EventDto> eventsByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> events.lookup(new IdsRequest(chunk)).items(), EventDto::id, e -> e);
    }

    /** Claims by id; those of events the caller may not see are missing. */
    public Map<UUID, ClaimDto> claimsByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> events.claimsLookup(new IdsRequest(chunk)).items(), ClaimDto::id, c -> c);
    }

    /** For each event, its claims; events the caller may not see have none. */
    public Map<UUID, List<ClaimDto>> claimsOfEvents(Collection<UUID> eventIds) {
        return Batches.collect(eventIds, chunk -> events.claimsOfEvents(new IdsRequest(chunk)).results(),
                ClaimsOfEvents.Entry::eventId, ClaimsOfEvents.Entry::claims);
    }

    /** For each actor, its newest events within the scope of the request; as many calls as the ids take. */
    public Map<UUID, List<EventDto>> eventsOfActors(KeysRequest request) {
        return byKey(request, events::byActors);
    }

    /** For each conflict, its newest events. */
    public Map<UUID, List<EventDto>> eventsOfConflicts(KeysRequest request) {
        return byKey(request, events::byConflicts);
    }

    /** For each article, the newest events with a claim citing it. */
    public Map<UUID, List<EventDto>> eventsCitingArticles(KeysRequest request) {
        return byKey(request, events::byArticles);
    }

    /** The page after {@code after} (or the first), or with {@code before} the one just before it, in list order. */
    public Page<ConflictDto> listConflicts(ConflictFilter filter, String after, String before, int limit) {
        return conflicts.list(filter, after, before, limit);
    }

    public TotalCount countConflicts(ConflictFilter filter) {
        return conflicts.count(filter, TotalCount.MAX_EXACT);
    }

    /** The page after {@code after} (or the newest), or with {@code before} the one just before it, in list order. */
    public Page<EventDto> listEvents(EventFilter filter, String after, String before, int limit) {
        return events.list(filter, after, before, limit);
    }

    public EventDto changeStatus(UUID id, StatusChange change) {
        return events.changeStatus(id, change);
    }

    /** The matching events with coordinates as map points, at most {@code limit}. */
    public EventPoints points(EventFilter filter, int limit) {
        return events.points(filter, limit);
    }

    public TotalCount countEvents(EventFilter filter) {
        return events.count(filter, TotalCount.MAX_EXACT);
    }

    public List<StatsBucket> stats(EventFilter filter, String groupBy) {
        return events.stats(filter, groupBy);
    }

    public List<EventRevision> history(UUID eventId) {
        return events.history(eventId);
    }

    public ConflictDto createConflict(ConflictRequest request) {
        return conflicts.create(request).readEntity(ConflictDto.class);
    }

    public ConflictDto updateConflict(UUID id, ConflictRequest request) {
        return conflicts.update(id, request);
    }

    public void deleteConflict(UUID id) {
        conflicts.delete(id);
    }

    public EventDto createEvent(EventRequest request) {
        return events.create(request).readEntity(EventDto.class);
    }

    public EventDto updateEvent(UUID id, EventRequest request) {
        return events.update(id, request);
    }

    public void deleteEvent(UUID id) {
        events.delete(id);
    }

    public ClaimDto addClaim(UUID eventId, ClaimRequest request) {
        return events.addClaim(eventId, request).readEntity(ClaimDto.class);
    }

    public ClaimDto updateClaim(UUID eventId, UUID claimId, ClaimRequest request) {
        return events.updateClaim(eventId, claimId, request);
    }

    public void deleteClaim(UUID eventId, UUID claimId) {
        events.deleteClaim(eventId, claimId);
    }

    private static Map<UUID, List<EventDto>> byKey(KeysRequest request, Function<KeysRequest, EventsOfKeys> call) {
        return Batches.collect(request.ids(), chunk -> call.apply(request.withIds(chunk)).results(), EventsOfKeys.Entry::id, EventsOfKeys.Entry::events);
    }
}
