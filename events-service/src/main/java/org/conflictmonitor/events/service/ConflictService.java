package org.conflictmonitor.events.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.conflictmonitor.api.problem.ProblemType;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.error.Violations;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;
import org.conflictmonitor.events.api.ConflictBulkResult;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;
import org.conflictmonitor.events.api.ConflictParty;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictUpsertResult;
import org.conflictmonitor.events.api.ConflictUpsertStatus;
import org.conflictmonitor.events.client.ReferenceChecker;
import org.conflictmonitor.events.entity.Conflict;
import org.conflictmonitor.events.mapping.ConflictMapper;
import org.conflictmonitor.events.repository.ConflictRepository;

/**
 * Conflicts, their parties and their background timeline.
 */
@ApplicationScoped
public class ConflictService {

    private final ConflictRepository conflicts;
    private final ConflictMapper mapper;
    private final ReferenceChecker references;

    public ConflictService(ConflictRepository conflicts, ConflictMapper mapper, ReferenceChecker references) {
        this.conflicts = conflicts;
        this.mapper = mapper;
        this.references = references;
    }

    /** A page after {@code cursor} (or the first), or, with {@code before}, the page preceding it. */
    @Transactional(TxType.SUPPORTS)
    public Page<ConflictDto> list(ConflictFilter filter, String cursor, String before, int limit) {
        KeysetRequest request = KeysetRequest.of(cursor, before);
        List<Conflict> rows = conflicts.page(where(filter), request, limit);
        return request.page(rows, limit, page -> page.stream().map(mapper::toDto).toList(),
                row -> NameKey.keysOf(row.name.toLowerCase(Locale.ROOT), row.id));
    }

    /** How many conflicts the list's filters keep, exactly up to {@code bound}, estimated beyond. */
    @Transactional(TxType.SUPPORTS)
    public TotalCount count(ConflictFilter filter, int bound) {
        return conflicts.count(where(filter), bound);
    }

    /** The filters as the repository takes them: the UCDP ids, validated as whole numbers, as numbers. */
    private static ConflictRepository.Filter where(ConflictFilter filter) {
        List<String> ucdpIds = filter == null ? null : filter.ucdpConflictId;
        return new ConflictRepository.Filter(filter == null ? null : blankToNull(filter.q),
                ucdpIds == null ? List.of() : ucdpIds.stream().map(Integer::valueOf).distinct().toList());
    }

    @Transactional(TxType.SUPPORTS)
    public ConflictDto get(UUID id) {
        return mapper.toDto(conflicts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conflict", id)));
    }

    @Transactional(TxType.SUPPORTS)
    public LookupResult<ConflictDto> lookup(List<UUID> ids) {
        Map<UUID, Conflict> found = conflicts.findAllById(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return Lookups.inRequestOrder(ids, found, mapper::toDto);
    }

    @Transactional
    public ConflictDto create(ConflictRequest request) {
        checkParties(request);
        Conflict conflict = new Conflict();
        conflict.id = Ids.newId();
        mapper.apply(request, conflict);
        requireUniqueName(conflict);
        conflicts.persistAndFlush(conflict);
        return mapper.toDto(conflict);
    }

    @Transactional
    public ConflictDto update(UUID id, ConflictRequest request) {
        int version = Versions.sent(request.version());
        Conflict conflict = conflicts.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Conflict", id));
        Versions.requireCurrent(conflict, version, "Conflict", id);
        checkParties(request);
        mapper.apply(request, conflict);
        requireUniqueName(conflict);
        conflicts.flush();
        return mapper.toDto(conflict);
    }

    /**
     * Creates or updates each conflict by its UCDP conflict id, all in one transaction, with a fixed
     * number of queries whatever the number of conflicts: one call to actors-service for every party,
     * one query locking the stored conflicts, one per collection to compare, one for the names of the
     * new ones; the writes go to the database in JDBC batches. An update changes only what the request
     * says and what differs (see {@link ConflictMapper#merge}); a conflict nothing would change keeps
     * its version. Every problem of every conflict is found before anything is written.
     *
     * @param requests validated, each with a UCDP conflict id of its own
     */
    @Transactional
    public ConflictBulkResult bulk(List<ConflictRequest> requests) {
        checkParties(requests);
        Map<Integer, Conflict> stored = conflicts.lockByUcdpIds(requests.stream().map(ConflictRequest::ucdpConflictId).toList());
        List<UUID> storedIds = stored.values().stream().map(c -> c.id).toList();
        // Only the collections that some request replaces or merges need comparing.
        if (requests.stream().anyMatch(r -> r.parties() != null)) {
            conflicts.loadCollection("parties", storedIds);
        }
        if (requests.stream().anyMatch(r -> r.timeline() != null)) {
            conflicts.loadCollection("timeline", storedIds);
        }
        if (requests.stream().anyMatch(r -> r.ucdpYears() != null)) {
            conflicts.loadCollection("ucdpYears", storedIds);
        }

        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> clashes = new ArrayList<>();
        Map<String, Integer> newNames = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            ConflictRequest r = requests.get(i);
            Conflict c = stored.get(r.ucdpConflictId());
            String item = "conflicts[" + i + "].";
            if (c == null) {
                Integer earlier = newNames.putIfAbsent(lowerCase(r.name()), i);
                if (earlier != null) {
                    clashes.add(new FieldError(item + "name", "is also the name of conflicts[" + earlier + "]: names are unique"));
                }
                continue;
            }
            if (r.version() != null && r.version() != c.version) {
                clashes.add(new FieldError(item + "version", "is " + r.version() + " but conflict " + c.id + " (UCDP "
                        + c.ucdpConflictId + ") is at version " + c.version + ": someone changed it since you read it"));
            }
            LocalDate start = r.startDate() != null ? r.startDate() : c.startDate;
            LocalDate end = r.endDate() != null ? r.endDate() : c.endDate;
            if (start != null && end != null && end.isBefore(start)) {
                invalid.add(new FieldError(item + (r.endDate() != null ? "endDate" : "startDate"), "would make conflict " + c.id
                        + " end (" + end + ") before it starts (" + start + ")"));
            }
        }
        Set<String> taken = conflicts.takenNames(newNames.keySet());
        newNames.forEach((name, i) -> {
            if (taken.contains(name)) {
                clashes.add(new FieldError("conflicts[" + i + "].name", "is the name of another conflict: names are unique"));
            }
        });
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request", Violations.describe(invalid), invalid);
        }
        if (!clashes.isEmpty()) {
            clashes.sort(Comparator.comparing(FieldError::field));
            throw new ProblemException(409, ProblemType.CONFLICT, "Conflict",
                    "The request clashes with stored conflicts or with itself; nothing was changed.", clashes);
        }

        ConflictUpsertStatus[] statuses = new ConflictUpsertStatus[requests.size()];
        Conflict[] results = new Conflict[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            ConflictRequest r = requests.get(i);
            Conflict c = stored.get(r.ucdpConflictId());
            if (c == null) {
                c = new Conflict();
                c.id = Ids.newId();
                mapper.apply(r, c);
                conflicts.persist(c);
                statuses[i] = ConflictUpsertStatus.CREATED;
            } else {
                statuses[i] = mapper.merge(r, c) ? ConflictUpsertStatus.UPDATED : ConflictUpsertStatus.UNCHANGED;
            }
            results[i] = c;
        }
        conflicts.flush();

        List<ConflictUpsertResult> all = new ArrayList<>(requests.size());
        Map<ConflictUpsertStatus, Integer> counts = new EnumMap<>(ConflictUpsertStatus.class);
        for (int i = 0; i < requests.size(); i++) {
            all.add(new ConflictUpsertResult(i, results[i].ucdpConflictId, results[i].id, statuses[i], results[i].version));
            counts.merge(statuses[i], 1, Integer::sum);
        }
        return new ConflictBulkResult(counts.getOrDefault(ConflictUpsertStatus.CREATED, 0),
                counts.getOrDefault(ConflictUpsertStatus.UPDATED, 0), counts.getOrDefault(ConflictUpsertStatus.UNCHANGED, 0), all);
    }

    private static String lowerCase(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public void delete(UUID id) {
        conflicts.delete(conflicts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conflict", id)));
    }

    private void requireUniqueName(Conflict conflict) {
        if (conflicts.existsWithName(conflict.name, conflict.id)) {
            throw ProblemException.conflict("Another conflict is already named " + conflict.name + ".");
        }
    }

    /** One call to actors-service for the parties of every conflict; a 422 naming each unknown one. */
    private void checkParties(List<ConflictRequest> requests) {
        List<UUID> named = requests.stream().filter(r -> r.parties() != null).flatMap(r -> r.parties().stream().map(ConflictParty::actorId)).toList();
        if (named.isEmpty()) {
            return;
        }
        Set<UUID> unknown = references.unknownActors(named);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<ConflictParty> parties = requests.get(i).parties();
            for (int j = 0; parties != null && j < parties.size(); j++) {
                if (unknown.contains(parties.get(j).actorId())) {
                    errors.add(new FieldError("conflicts[" + i + "].parties[" + j + "].actorId", "matches no actor: " + parties.get(j).actorId()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Conflicts name actors that do not exist; nothing was changed.", errors);
        }
    }

    private void checkParties(ConflictRequest r) {
        if (r.parties() == null || r.parties().isEmpty()) {
            return;
        }
        Set<UUID> unknown = references.unknownActors(r.parties().stream().map(p -> p.actorId()).toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < r.parties().size(); i++) {
            if (unknown.contains(r.parties().get(i).actorId())) {
                errors.add(new FieldError("parties[" + i + "].actorId", "matches no actor: " + r.parties().get(i).actorId()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The conflict names actors that do not exist.", errors);
        }
    }
}
