package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;
import org.conflictmonitor.events.api.Classification;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.StatusChange;
import org.conflictmonitor.events.api.EventPoint;
import org.conflictmonitor.events.api.EventPoints;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventRevision;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventsOfKeys;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.events.api.StatsBucket;
import org.conflictmonitor.events.api.StatsGroup;
import org.conflictmonitor.events.client.ReferenceChecker;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.mapping.EventMapper;
import org.conflictmonitor.events.repository.ConflictRepository;
import org.conflictmonitor.events.repository.EventKey;
import org.conflictmonitor.events.repository.EventRepository;

/**
 * Querying and writing events.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final ConflictRepository conflicts;
    private final EventMapper mapper;
    private final EventAssembler assembler;
    private final EventCriteriaParser criteria;
    private final Visibility visibility;
    private final ReferenceChecker references;
    private final EventHistory history;

    public EventService(EventRepository events, ConflictRepository conflicts, EventMapper mapper, EventAssembler assembler,
            EventCriteriaParser criteria, Visibility visibility, ReferenceChecker references, EventHistory history) {
        this.events = events;
        this.conflicts = conflicts;
        this.mapper = mapper;
        this.assembler = assembler;
        this.criteria = criteria;
        this.visibility = visibility;
        this.references = references;
        this.history = history;
    }

    /** A page after {@code cursor} (or the newest), or, with {@code before}, the page preceding it (or the oldest). */
    @Transactional(TxType.SUPPORTS)
    public Page<EventDto> list(EventFilter filter, String cursor, String before, int limit) {
        KeysetRequest request = KeysetRequest.of(cursor, before);
        events.readOnly();
        List<Event> rows = inOrder(events.page(criteria.parse(filter), request, limit));
        return request.page(rows, limit, assembler::toDtos, EventKey::keysOf);
    }

    /** How many events match the filters, exactly up to {@code bound}, estimated beyond. */
    @Transactional(TxType.SUPPORTS)
    public TotalCount count(EventFilter filter, int bound) {
        events.readOnly();
        return events.count(criteria.parse(filter), bound);
    }

    /** The matching events with coordinates, newest first, at most {@code limit}. */
    @Transactional(TxType.SUPPORTS)
    public EventPoints points(EventFilter filter, int limit) {
        events.readOnly();
        List<EventPoint> points = events.points(criteria.parse(filter), limit + 1);
        boolean complete = points.size() <= limit;
        return new EventPoints(complete ? points : points.subList(0, limit), complete);
    }

    /** In a transaction of its own, the one place its planner setting holds ({@link EventRepository#stats}). */
    @Transactional
    public List<StatsBucket> stats(EventFilter filter, String groupBy) {
        events.readOnly();
        return events.stats(criteria.parse(filter), StatsGroup.valueOf(groupBy));
    }

    @Transactional(TxType.SUPPORTS)
    public EventDto get(UUID id) {
        return assembler.toDto(visible(id));
    }

    @Transactional(TxType.SUPPORTS)
    public LookupResult<EventDto> lookup(List<UUID> ids) {
        List<Event> found = events.findForReading(ids).stream().filter(this::isVisible).toList();
        Map<UUID, EventDto> dtos = assembler.toDtos(found).stream().collect(Collectors.toMap(EventDto::id, Function.identity()));
        return Lookups.inRequestOrder(ids, dtos, Function.identity());
    }

    @Transactional(TxType.SUPPORTS)
    public EventsOfKeys byActors(KeysRequest request) {
        return ofKeys(request, events.newestOfActors(request.ids(), visibility.statuses(null), limitOf(request), scopeOf(request)));
    }

    @Transactional(TxType.SUPPORTS)
    public EventsOfKeys byConflicts(KeysRequest request) {
        return ofKeys(request, events.newestOfConflicts(request.ids(), visibility.statuses(null), limitOf(request), scopeOf(request)));
    }

    @Transactional(TxType.SUPPORTS)
    public EventsOfKeys byArticles(KeysRequest request) {
        return ofKeys(request, events.newestCitingArticles(request.ids(), visibility.statuses(null), limitOf(request), scopeOf(request)));
    }

    @Transactional
    public EventDto create(EventRequest request) {
        checkClassification(request);
        checkReferences(request, null);
        Event event = new Event();
        event.id = Ids.newId();
        mapper.apply(request, event);
        String prefix = event.country + "-" + event.dateFrom.getYear();
        event.code = EventCode.of(prefix, events.nextCodeNumber(prefix));
        events.persistAndFlush(event);
        return history.record(assembler.toDto(event));
    }

    @Transactional
    public EventDto update(UUID id, EventRequest request) {
        int version = Versions.sent(request.version());
        Event event = events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Event", id));
        Versions.requireCurrent(event, version, "Event", id);
        checkClassification(request);
        checkReferences(request, id);
        mapper.apply(request, event);
        events.flush();
        return history.record(assembler.toDto(event));
    }

    /** Publishes, retracts or returns to draft, if the version is the one the caller read. */
    @Transactional
    public EventDto changeStatus(UUID id, StatusChange change) {
        Event event = events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Event", id));
        Versions.requireCurrent(event, change.version(), "Event", id);
        event.status = EventStatus.valueOf(change.status());
        events.flush();
        return history.record(assembler.toDto(event));
    }

    @Transactional(TxType.SUPPORTS)
    public List<EventRevision> history(UUID id) {
        events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        return history.of(id);
    }

    @Transactional
    public void delete(UUID id) {
        events.delete(events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Event", id)));
    }

    /** The event, if the caller may see it; otherwise 404, so that drafts do not leak their existence. */
    /** Those of the given event ids the caller may see. */
    Set<UUID> visibleIds(Collection<UUID> ids) {
        return events.findForReading(ids).stream().filter(this::isVisible).map(e -> e.id).collect(Collectors.toSet());
    }

    Event visible(UUID id) {
        return events.findByIdOptional(id).filter(this::isVisible).orElseThrow(() -> ProblemException.notFound("Event", id));
    }

    private boolean isVisible(Event e) {
        return e.status == EventStatus.PUBLISHED || visibility.seesUnpublished();
    }

    /** The most specific type decides the broader ones; those sent along must agree (see {@link Classification}). */
    private static void checkClassification(EventRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Classification.of(r.disorderType(), r.eventType(), r.subEventType(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, org.conflictmonitor.api.problem.ProblemType.VALIDATION, "Invalid request",
                    "The classification is not an ACLED triple.", errors);
        }
    }

    /** Unknown conflict, linked events or actors are a 422 naming each. */
    private void checkReferences(EventRequest r, UUID self) {
        List<FieldError> errors = new ArrayList<>();
        if (r.conflictId() != null && conflicts.findByIdOptional(r.conflictId()).isEmpty()) {
            errors.add(new FieldError("conflictId", "matches no conflict: " + r.conflictId()));
        }
        if (r.links() != null) {
            Set<UUID> targets = r.links().stream().map(l -> l.eventId()).collect(Collectors.toSet());
            Set<UUID> existing = events.findForReading(targets).stream().map(e -> e.id).collect(Collectors.toSet());
            for (int i = 0; i < r.links().size(); i++) {
                UUID target = r.links().get(i).eventId();
                if (target.equals(self)) {
                    errors.add(new FieldError("links[" + i + "].eventId", "must not be the event itself"));
                } else if (!existing.contains(target)) {
                    errors.add(new FieldError("links[" + i + "].eventId", "matches no event: " + target));
                }
            }
        }
        if (r.actors() != null && !r.actors().isEmpty()) {
            Set<UUID> unknown = references.unknownActors(r.actors().stream().map(a -> a.actorId()).toList());
            for (int i = 0; i < r.actors().size(); i++) {
                if (unknown.contains(r.actors().get(i).actorId())) {
                    errors.add(new FieldError("actors[" + i + "].actorId", "matches no actor: " + r.actors().get(i).actorId()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The event refers to things that do not exist.", errors);
        }
    }

    private List<Event> inOrder(List<UUID> ids) {
        Map<UUID, Event> byId = events.findForReading(ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private EventsOfKeys ofKeys(KeysRequest request, Map<UUID, List<UUID>> idsByKey) {
        Set<UUID> all = new HashSet<>();
        idsByKey.values().forEach(all::addAll);
        Map<UUID, EventDto> dtos = assembler.toDtos(events.findForReading(all)).stream()
                .collect(Collectors.toMap(EventDto::id, Function.identity()));
        Map<UUID, List<EventDto>> results = new LinkedHashMap<>();
        for (UUID key : new LinkedHashSet<>(request.ids())) {
            results.put(key, idsByKey.getOrDefault(key, List.of()).stream().map(dtos::get).toList());
        }
        return new EventsOfKeys(results.entrySet().stream().map(e -> new EventsOfKeys.Entry(e.getKey(), e.getValue())).toList());
    }

    private static EventRepository.KeyScope scopeOf(KeysRequest request) {
        return new EventRepository.KeyScope(request.from(), request.to(), request.eventType());
    }

    private static int limitOf(KeysRequest request) {
        return request.limitPerId() == null ? 20 : request.limitPerId();
    }
}
