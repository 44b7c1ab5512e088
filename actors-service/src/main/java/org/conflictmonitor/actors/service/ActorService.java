package org.conflictmonitor.actors.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Hibernate;

import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorFilter;
import org.conflictmonitor.actors.api.ActorLookupResult;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.ResolveCandidate;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.Alias;
import org.conflictmonitor.actors.mapping.ActorMapper;
import org.conflictmonitor.actors.repository.ActorQuery;
import org.conflictmonitor.actors.repository.ActorRepository;
import org.conflictmonitor.actors.repository.NameMatch;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.persistence.Versions;

/**
 * Reading, writing and merging actors.
 */
@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final RelationService relations;
    private final ActorMapper mapper;

    public ActorService(ActorRepository actors, RelationService relations, ActorMapper mapper) {
        this.actors = actors;
        this.relations = relations;
        this.mapper = mapper;
    }

    /** A page after {@code cursor} (or the first), or, with {@code before}, the page preceding it. */
    @Transactional(TxType.SUPPORTS)
    public Page<ActorDto> list(ActorFilter filter, String cursor, String before, int limit) {
        KeysetRequest request = KeysetRequest.of(cursor, before);
        List<Actor> rows = actors.page(query(filter), request, limit);
        return request.page(rows, limit, this::toDtos, row -> NameKey.keysOf(row.sortKey, row.id));
    }

    /** How many actors the list's filters keep, exactly up to {@code bound}, estimated beyond. */
    @Transactional(TxType.SUPPORTS)
    public TotalCount count(ActorFilter filter, int bound) {
        return actors.count(query(filter), bound);
    }

    private static ActorQuery query(ActorFilter filter) {
        if (filter == null) {
            return new ActorQuery(null, List.of(), null);
        }
        return new ActorQuery(blankToNull(filter.q), filter.kind == null ? List.of() : filter.kind, filter.country);
    }

    @Transactional(TxType.SUPPORTS)
    public ActorDto get(UUID id) {
        return toDto(actors.findFollowingMerges(id).orElseThrow(() -> ProblemException.notFound("Actor", id)));
    }

    @Transactional(TxType.SUPPORTS)
    public ActorLookupResult lookup(List<UUID> ids) {
        Map<UUID, Actor> found = actors.findForReading(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Set<UUID> survivorIds = found.values().stream().filter(Actor::isMerged).map(a -> a.mergedInto)
                .filter(id -> !found.containsKey(id)).collect(Collectors.toSet());
        actors.findForReading(survivorIds).forEach(a -> found.put(a.id, a));

        Map<UUID, Actor> ordered = new LinkedHashMap<>();
        Map<UUID, UUID> mergedInto = new LinkedHashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Actor actor = found.get(id);
            if (actor == null) {
                missing.add(id);
                continue;
            }
            if (actor.isMerged()) {
                mergedInto.put(id, actor.mergedInto);
                actor = found.get(actor.mergedInto);
            }
            ordered.putIfAbsent(actor.id, actor);
        }
        return new ActorLookupResult(toDtos(List.copyOf(ordered.values())), mergedInto, missing);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ResolveCandidate> resolve(String name, List<String> kinds, int limit) {
        List<NameMatch> matches = actors.resolve(name, kinds == null ? List.of() : kinds, limit);
        Map<UUID, ActorDto> dtos = toDtos(actors.findForReading(matches.stream().map(NameMatch::actorId).toList())).stream()
                .collect(Collectors.toMap(ActorDto::id, Function.identity()));
        return matches.stream()
                .map(m -> new ResolveCandidate(dtos.get(m.actorId()), Math.round(m.score() * 1000) / 1000.0, m.matchedName()))
                .toList();
    }

    @Transactional
    public ActorDto create(ActorRequest request) {
        Actor actor = new Actor();
        actor.id = Ids.newId();
        mapper.apply(request, actor);
        requireUniqueExternalIds(actor);
        actors.persistAndFlush(actor);
        return toDto(actor);
    }

    @Transactional
    public ActorDto update(UUID id, ActorRequest request) {
        int version = Versions.sent(request.version());
        Actor actor = actors.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("Actor", id));
        if (actor.isMerged()) {
            throw ProblemException.conflict("Actor " + id + " was merged into " + actor.mergedInto + "; update that actor instead.");
        }
        Versions.requireCurrent(actor, version, "Actor", id);
        mapper.apply(request, actor);
        requireUniqueExternalIds(actor);
        actors.flush();
        return toDto(actor);
    }

    @Transactional
    public void delete(UUID id) {
        Actor actor = actors.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Actor", id));
        // The database removes its aliases, its relations and the duplicates merged into it.
        actors.delete(actor);
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}: names, relations and missing external ids move
     * to the survivor, and the duplicate stays behind as a pointer to it.
     */
    @Transactional
    public ActorDto merge(UUID survivorId, UUID duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw ProblemException.unprocessable("An actor cannot be merged into itself.",
                    List.of(new FieldError("duplicateId", "must differ from the survivor's id")));
        }
        // Lock in id order, so that two opposite merges cannot deadlock.
        boolean survivorFirst = survivorId.compareTo(duplicateId) < 0;
        Actor first = actors.findByIdForUpdate(survivorFirst ? survivorId : duplicateId).orElse(null);
        Actor second = actors.findByIdForUpdate(survivorFirst ? duplicateId : survivorId).orElse(null);
        Actor survivor = survivorFirst ? first : second;
        Actor duplicate = survivorFirst ? second : first;
        if (survivor == null) {
            throw ProblemException.notFound("Actor", survivorId);
        }
        if (survivor.isMerged()) {
            throw ProblemException.conflict("Actor " + survivorId + " was itself merged into " + survivor.mergedInto
                    + "; merge into that actor instead.");
        }
        if (duplicate == null || duplicate.isMerged()) {
            throw ProblemException.unprocessable(duplicate == null ? "Actor " + duplicateId + " does not exist."
                    : "Actor " + duplicateId + " was already merged into " + duplicate.mergedInto + ".",
                    List.of(new FieldError("duplicateId", duplicate == null
                            ? "matches no actor" : "is already merged")));
        }

        if (!duplicate.name.equals(survivor.name)) {
            survivor.aliases.add(new Alias(duplicate.name, null));
        }
        duplicate.aliases.stream().filter(a -> !(a.name.equals(survivor.name) && a.lang == null))
                .forEach(survivor.aliases::add);
        duplicate.aliases.clear();
        moveExternalIds(duplicate, survivor);
        relations.repoint(duplicate.id, survivor.id);

        duplicate.mergedInto = survivor.id;
        actors.repointMerged(duplicate.id, survivor.id);
        actors.flush();
        return toDto(survivor);
    }

    private void moveExternalIds(Actor from, Actor to) {
        String wikidata = to.wikidataId == null ? from.wikidataId : null;
        Integer ucdp = to.ucdpActorId == null ? from.ucdpActorId : null;
        String ucdpName = to.ucdpName == null ? from.ucdpName : null;
        if (wikidata == null && ucdp == null && ucdpName == null) {
            return;
        }
        // The columns are unique: the duplicate must give them up before the survivor takes them. What
        // the survivor has already stays with the duplicate, whose keys then resolve to the survivor.
        from.wikidataId = wikidata != null ? null : from.wikidataId;
        from.ucdpActorId = ucdp != null ? null : from.ucdpActorId;
        from.ucdpName = ucdpName != null ? null : from.ucdpName;
        actors.flush();
        to.wikidataId = wikidata != null ? wikidata : to.wikidataId;
        to.ucdpActorId = ucdp != null ? ucdp : to.ucdpActorId;
        to.ucdpName = ucdpName != null ? ucdpName : to.ucdpName;
    }

    private void requireUniqueExternalIds(Actor actor) {
        if (actors.existsWithWikidataId(actor.wikidataId, actor.id)) {
            throw ProblemException.conflict("Another actor already has the Wikidata id " + actor.wikidataId + ".");
        }
        if (actors.existsWithUcdpId(actor.ucdpActorId, actor.id)) {
            throw ProblemException.conflict("Another actor already has the UCDP actor id " + actor.ucdpActorId + ".");
        }
        if (actors.existsWithUcdpName(actor.ucdpName, actor.id)) {
            throw ProblemException.conflict("Another actor already has the UCDP name \"" + actor.ucdpName + "\".");
        }
    }

    private ActorDto toDto(Actor actor) {
        return toDtos(List.of(actor)).get(0);
    }

    /** The actors as records: aliases an entity holds already are used, the others read for all at once. */
    private List<ActorDto> toDtos(List<Actor> page) {
        Map<UUID, List<UUID>> merged = actors.mergedIdsOf(page.stream().map(a -> a.id).toList());
        Map<UUID, List<Alias>> aliases = actors.aliasesOf(page.stream().filter(a -> !Hibernate.isInitialized(a.aliases)).map(a -> a.id).toList());
        return page.stream().map(a -> mapper.toDto(a, Hibernate.isInitialized(a.aliases) ? a.aliases : aliases.getOrDefault(a.id, List.of()),
                merged.getOrDefault(a.id, List.of()))).toList();
    }
}
