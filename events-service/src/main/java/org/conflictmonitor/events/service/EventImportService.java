package org.conflictmonitor.events.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.ProblemType;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.persistence.AuditListener;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.security.CurrentUser;
import org.conflictmonitor.events.api.BulkEventsRequest;
import org.conflictmonitor.events.api.BulkEventsResult;
import org.conflictmonitor.events.api.Classification;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.ImportStatus;
import org.conflictmonitor.events.api.ImportedClaim;
import org.conflictmonitor.events.api.ImportedEvent;
import org.conflictmonitor.events.api.ImportedEventResult;
import org.conflictmonitor.events.client.ReferenceChecker;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.mapping.ClaimMapper;
import org.conflictmonitor.events.mapping.EventMapper;
import org.conflictmonitor.events.repository.ClaimRepository;
import org.conflictmonitor.events.repository.ConflictRepository;
import org.conflictmonitor.events.repository.EventRepository;
import org.conflictmonitor.events.repository.NewEventRows;

/**
 * Imports a batch of events by their UCDP event id, with their claims by key, in one transaction:
 * everything of the batch is written, or nothing. What a re-import may change is decided field by
 * field ({@link ImportMerge}); a coding from an older dataset version than the stored one changes
 * nothing.
 */
@ApplicationScoped
public class EventImportService {

    /** The fields of an event an import may state. */
    static final Set<String> FIELDS = Arrays.stream(EventRequest.class.getRecordComponents()).map(c -> c.getName())
            .filter(name -> !name.equals("version")).collect(Collectors.toUnmodifiableSet());

    private final EventRepository events;
    private final ClaimRepository claims;
    private final ConflictRepository conflicts;
    private final EventMapper mapper;
    private final ClaimMapper claimMapper;
    private final EventAssembler assembler;
    private final ReferenceChecker references;
    private final EventHistory history;
    private final ObjectMapper json;
    private final NewEventRows newRows;
    private final CurrentUser currentUser;

    public EventImportService(EventRepository events, ClaimRepository claims, ConflictRepository conflicts, EventMapper mapper,
            ClaimMapper claimMapper, EventAssembler assembler, ReferenceChecker references, EventHistory history, ObjectMapper json,
            NewEventRows newRows, CurrentUser currentUser) {
        this.newRows = newRows;
        this.currentUser = currentUser;
        this.events = events;
        this.claims = claims;
        this.conflicts = conflicts;
        this.mapper = mapper;
        this.claimMapper = claimMapper;
        this.assembler = assembler;
        this.references = references;
        this.history = history;
        this.json = json;
    }

    @Transactional
    public BulkEventsResult importBatch(BulkEventsRequest request) {
        List<ImportedEvent> items = request.events();
        checkItems(items);
        checkReferences(items);
        Map<Long, Event> stored = events.findByUcdpEventIds(items.stream().map(i -> i.event().ucdp().eventId()).toList());
        Map<UUID, Map<String, Claim>> storedClaims = new HashMap<>();
        claims.ofEvents(stored.values().stream().map(e -> e.id).toList()).stream().filter(c -> c.importKey != null)
                .forEach(c -> storedClaims.computeIfAbsent(c.eventId, k -> new HashMap<>()).put(c.importKey, c));
        Map<ImportedEvent, Event> curated = curatedMatches(items.stream().filter(i -> !stored.containsKey(i.event().ucdp().eventId())).toList());
        CodeNumbers codes = new CodeNumbers(events, items.stream().filter(i -> !stored.containsKey(i.event().ucdp().eventId()))
                .filter(i -> !curated.containsKey(i)).map(i -> prefix(i.event())).toList());

        List<ImportedEventResult> results = new ArrayList<>(items.size());
        List<Event> written = new ArrayList<>();
        NewEvents created = new NewEvents(currentUser.name(), AuditListener.now());
        for (ImportedEvent item : items) {
            Event event = stored.get(item.event().ucdp().eventId());
            ImportedEventResult result;
            if (event != null) {
                result = update(item, event, storedClaims.getOrDefault(event.id, Map.of()));
            } else if (curated.containsKey(item)) {
                event = curated.get(item);
                result = link(item, event);
            } else {
                result = create(item, codes, created);
            }
            results.add(result);
            if (event != null && (result.status() != ImportStatus.UNCHANGED && result.status() != ImportStatus.OLDER_VERSION || result.claimsWritten() > 0)) {
                written.add(event);
            }
        }
        newRows.insert(created.events, created.claims);
        events.flush();
        List<EventDto> revisions = new ArrayList<>(assembler.toDtos(written));
        revisions.addAll(assembler.toNewDtos(created.events, created.claims.stream().collect(Collectors.groupingBy(c -> c.eventId))));
        history.recordAll(revisions);
        return new BulkEventsResult(results);
    }

    /** The batch's new events and their claims, stamped alike, for one COPY each. */
    private static final class NewEvents {

        final String user;
        final OffsetDateTime at;
        final List<Event> events = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();

        NewEvents(String user, OffsetDateTime at) {
            this.user = user;
            this.at = at;
        }
    }

    private ImportedEventResult create(ImportedEvent item, CodeNumbers codes, NewEvents created) {
        Event event = new Event();
        event.id = Ids.newId();
        mapper.apply(item.event(), event);
        event.code = codes.next(prefix(item.event()));
        // The event as just mapped is the item as it reads back once stored: no second mapping to compare with.
        event.ucdp.imported = ImportMerge.written(tree(mapper.toRequest(event)), fieldsOf(item));
        AuditListener.created(event, created.user, created.at);
        created.events.add(event);
        for (ImportedClaim c : claimsOf(item)) {
            Claim claim = newClaim(event, c);
            AuditListener.created(claim, created.user, created.at);
            created.claims.add(claim);
        }
        int written = claimsOf(item).size();
        return new ImportedEventResult(item.event().ucdp().eventId(), event.id, ImportStatus.CREATED, List.copyOf(fieldsOf(item)), List.of(), written);
    }

    /** The curated events the batch's new UCDP events are, found in one query. */
    private Map<ImportedEvent, Event> curatedMatches(List<ImportedEvent> fresh) {
        List<ImportedEvent> inConflicts = fresh.stream().filter(i -> i.event().conflictId() != null).toList();
        if (inConflicts.isEmpty()) {
            return Map.of();
        }
        List<Event> curated = events.curatedOfConflicts(inConflicts.stream().map(i -> i.event().conflictId()).collect(Collectors.toSet()),
                inConflicts.stream().map(i -> i.event().dateFrom()).min(Comparator.naturalOrder()).orElseThrow(),
                inConflicts.stream().map(i -> i.event().dateTo() == null ? i.event().dateFrom() : i.event().dateTo()).max(Comparator.naturalOrder())
                        .orElseThrow());
        Map<ImportedEvent, Event> matches = new IdentityHashMap<>();
        CuratedMatch.find(curated, inConflicts.stream().map(ImportedEvent::event).toList()).forEach((i, event) -> matches.put(inConflicts.get(i), event));
        return matches;
    }

    /**
     * A UCDP event that curators made before the import: it gains the UCDP coding and the import's
     * claims, beside its curators' own, and keeps every field as they made it. The fields where UCDP
     * says otherwise are reported as kept edits, now and on each later import.
     */
    private ImportedEventResult link(ImportedEvent item, Event event) {
        ObjectNode incoming = incoming(item);
        List<String> kept = ImportMerge.differing(tree(mapper.toRequest(event)), incoming, fieldsOf(item).stream().filter(f -> !f.equals("ucdp")).toList());
        mapper.applyCoding(item.event().ucdp(), event);
        event.ucdp.imported = ImportMerge.merge(json.createObjectNode(), null, incoming, fieldsOf(item)).imported();
        claimsOf(item).forEach(c -> addClaim(event, c));
        int written = claimsOf(item).size();
        return new ImportedEventResult(item.event().ucdp().eventId(), event.id, ImportStatus.LINKED, List.of("ucdp"), kept, written);
    }

    private ImportedEventResult update(ImportedEvent item, Event event, Map<String, Claim> importedClaims) {
        long ucdpId = item.event().ucdp().eventId();
        if (UcdpVersions.compare(event.ucdp.version, item.event().ucdp().version()) > 0) {
            return new ImportedEventResult(ucdpId, event.id, ImportStatus.OLDER_VERSION, List.of(), List.of(), 0);
        }
        ObjectNode lastImported = event.ucdp.imported;
        ImportMerge.Outcome outcome = ImportMerge.merge(tree(mapper.toRequest(event)), lastImported, incoming(item), fieldsOf(item));
        if (!outcome.changed().isEmpty()) {
            EventRequest merged = fromTree(outcome.merged());
            List<FieldError> errors = new ArrayList<>();
            Classification.of(merged.disorderType(), merged.eventType(), merged.subEventType(), errors);
            if (!errors.isEmpty()) {
                // The import's type and a curator's kept edit would no longer make one classification.
                throw new ProblemException(409, ProblemType.CONFLICT, "Conflict", "The UCDP event " + ucdpId
                        + " would get an inconsistent classification from the import and a curator's edit: " + errors, List.of());
            }
            mapper.apply(merged, event);
        }
        if (lastImported == null || !ImportMerge.same(outcome.imported(), lastImported)) {
            event.ucdp.imported = outcome.imported();
        }
        int written = 0;
        for (ImportedClaim c : claimsOf(item)) {
            Claim claim = importedClaims.get(c.key());
            if (claim == null) {
                addClaim(event, c);
                written++;
            } else if (!ImportMerge.same(tree(claimMapper.toRequest(claim)), tree(claimMapper.normalised(c.claim())))) {
                claimMapper.apply(c.claim(), claim);
                written++;
            }
        }
        ImportStatus status = outcome.changed().isEmpty() ? ImportStatus.UNCHANGED : ImportStatus.UPDATED;
        return new ImportedEventResult(ucdpId, event.id, status, outcome.changed(), outcome.keptEdits(), written);
    }

    private void addClaim(Event event, ImportedClaim imported) {
        claims.persist(newClaim(event, imported));
    }

    private Claim newClaim(Event event, ImportedClaim imported) {
        Claim claim = new Claim();
        claim.id = Ids.newId();
        claim.eventId = event.id;
        claim.importKey = imported.key();
        claimMapper.apply(imported.claim(), claim);
        return claim;
    }

    /** Each item a UCDP event, each UCDP event once, each classification whole, each field one an event has. */
    private static void checkItems(List<ImportedEvent> items) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ImportedEvent item = items.get(i);
            String at = "events[" + i + "].";
            if (item.event().ucdp() == null) {
                errors.add(new FieldError(at + "event.ucdp", "must be given: an imported event is found again by its UCDP event id"));
            } else if (!seen.add(item.event().ucdp().eventId())) {
                errors.add(new FieldError(at + "event.ucdp.eventId", "is sent twice in this batch: " + item.event().ucdp().eventId()));
            }
            List<FieldError> classification = new ArrayList<>();
            Classification.of(item.event().disorderType(), item.event().eventType(), item.event().subEventType(), classification);
            classification.forEach(e -> errors.add(new FieldError(at + "event." + e.field(), e.message())));
            if (item.fields() != null) {
                for (int f = 0; f < item.fields().size(); f++) {
                    if (!FIELDS.contains(item.fields().get(f))) {
                        errors.add(new FieldError(at + "fields[" + f + "]", "is not a field of an event: " + item.fields().get(f)));
                    }
                }
            }
            Set<String> keys = new HashSet<>();
            List<ImportedClaim> claims = claimsOf(item);
            for (int c = 0; c < claims.size(); c++) {
                if (!keys.add(claims.get(c).key())) {
                    errors.add(new FieldError(at + "claims[" + c + "].key", "is used twice for this event: " + claims.get(c).key()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request", "The batch has " + errors.size()
                    + " invalid field" + (errors.size() == 1 ? "" : "s") + "; nothing was imported.", errors);
        }
    }

    /** Every conflict, actor and article the batch names must exist: one question to each service for the whole batch. */
    private void checkReferences(List<ImportedEvent> items) {
        Map<String, UUID> actorRefs = new LinkedHashMap<>();
        Map<String, UUID> articleRefs = new LinkedHashMap<>();
        Map<String, UUID> conflictRefs = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            EventRequest event = items.get(i).event();
            String at = "events[" + i + "].";
            if (event.conflictId() != null) {
                conflictRefs.put(at + "event.conflictId", event.conflictId());
            }
            if (event.actors() != null) {
                for (int a = 0; a < event.actors().size(); a++) {
                    actorRefs.put(at + "event.actors[" + a + "].actorId", event.actors().get(a).actorId());
                }
            }
            List<ImportedClaim> claims = claimsOf(items.get(i));
            for (int c = 0; c < claims.size(); c++) {
                String claimAt = at + "claims[" + c + "].claim.";
                articleRefs.put(claimAt + "articleId", claims.get(c).claim().articleId());
                if (claims.get(c).claim().claimantActorId() != null) {
                    actorRefs.put(claimAt + "claimantActorId", claims.get(c).claim().claimantActorId());
                }
                if (claims.get(c).claim().initiatorActorId() != null) {
                    actorRefs.put(claimAt + "initiatorActorId", claims.get(c).claim().initiatorActorId());
                }
            }
        }
        Set<UUID> unknownActors = actorRefs.isEmpty() ? Set.of() : references.unknownActors(new LinkedHashSet<>(actorRefs.values()));
        Set<UUID> unknownArticles = articleRefs.isEmpty() ? Set.of() : references.unknownArticles(new LinkedHashSet<>(articleRefs.values()));
        Set<UUID> knownConflicts = conflictRefs.isEmpty() ? Set.of() : conflicts.list("id in ?1", new LinkedHashSet<>(conflictRefs.values())).stream()
                .map(c -> c.id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        actorRefs.forEach((field, id) -> {
            if (unknownActors.contains(id)) {
                errors.add(new FieldError(field, "matches no actor: " + id));
            }
        });
        articleRefs.forEach((field, id) -> {
            if (unknownArticles.contains(id)) {
                errors.add(new FieldError(field, "matches no article: " + id));
            }
        });
        conflictRefs.forEach((field, id) -> {
            if (!knownConflicts.contains(id)) {
                errors.add(new FieldError(field, "matches no conflict: " + id));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The batch refers to things that do not exist; nothing was imported.", errors);
        }
    }

    private static List<ImportedClaim> claimsOf(ImportedEvent item) {
        return item.claims() == null ? List.of() : item.claims();
    }

    private static List<String> fieldsOf(ImportedEvent item) {
        return item.fields() == null ? FIELDS.stream().sorted().toList() : item.fields().stream().distinct().toList();
    }

    private static String prefix(EventRequest event) {
        return event.location().country() + "-" + event.dateFrom().getYear();
    }

    /** The item's event as it reads back once stored (defaults applied), so that only real differences count. */
    private ObjectNode incoming(ImportedEvent item) {
        Event scratch = new Event();
        mapper.apply(item.event(), scratch);
        return tree(mapper.toRequest(scratch));
    }

    private ObjectNode tree(Object value) {
        return json.valueToTree(value);
    }

    private EventRequest fromTree(ObjectNode node) {
        try {
            return json.treeToValue(node, EventRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merged event could not be read back", e);
        }
    }

    /** The event codes of a batch's new events, drawn for all its countries and years in one statement. */
    private static final class CodeNumbers {

        private final Map<String, int[]> next = new HashMap<>();

        CodeNumbers(EventRepository events, List<String> prefixes) {
            SortedMap<String, Integer> counts = new TreeMap<>();
            prefixes.forEach(p -> counts.merge(p, 1, Integer::sum));
            events.nextCodeNumbers(counts).forEach((prefix, last) -> next.put(prefix, new int[] { last - counts.get(prefix) + 1 }));
        }

        String next(String prefix) {
            int[] n = next.get(prefix);
            return EventCode.of(prefix, n[0]++);
        }
    }
}
