package org.conflictmonitor.events.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.paging.KeysetCursor;
import org.conflictmonitor.common.paging.KeysetPages;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictRequest;
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

    @Transactional
    public Page<ConflictDto> list(String text, String cursor, int limit) {
        String afterName = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = KeysetCursor.decode(cursor, 2);
            afterName = keys.get(0);
            afterId = KeysetCursor.uuid(keys.get(1));
        }
        List<Conflict> rows = conflicts.page(blankToNull(text), afterName, afterId, limit);
        return KeysetPages.of(rows, limit, page -> page.stream().map(mapper::toDto).toList(),
                last -> new String[] { last.name.toLowerCase(java.util.Locale.ROOT), last.id.toString() });
    }

    @Transactional
    public ConflictDto get(UUID id) {
        return mapper.toDto(conflicts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conflict", id)));
    }

    @Transactional
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

    @Transactional
    public void delete(UUID id) {
        conflicts.delete(conflicts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Conflict", id)));
    }

    private void requireUniqueName(Conflict conflict) {
        if (conflicts.existsWithName(conflict.name, conflict.id)) {
            throw ProblemException.conflict("Another conflict is already named " + conflict.name + ".");
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
