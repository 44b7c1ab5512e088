package org.conflictmonitor.actors.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

import org.conflictmonitor.actors.api.RelationDto;
import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.actors.api.RelationType;
import org.conflictmonitor.actors.api.RelationsOfActors;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.ActorRelation;
import org.conflictmonitor.actors.mapping.ActorMapper;
import org.conflictmonitor.actors.repository.ActorRepository;
import org.conflictmonitor.actors.repository.RelationRepository;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.persistence.Ids;

/**
 * Dated relations between actors.
 */
@ApplicationScoped
public class RelationService {

    private final RelationRepository relations;
    private final ActorRepository actors;
    private final ActorMapper mapper;

    public RelationService(RelationRepository relations, ActorRepository actors, ActorMapper mapper) {
        this.relations = relations;
        this.actors = actors;
        this.mapper = mapper;
    }

    @Transactional(TxType.SUPPORTS)
    public List<RelationDto> involving(UUID actorId, String type) {
        Actor actor = actors.findFollowingMerges(actorId).orElseThrow(() -> ProblemException.notFound("Actor", actorId));
        List<ActorRelation> found = relations.involving(actor.id, type == null ? null : RelationType.valueOf(type));
        return toDtos(found);
    }

    /** The relations of each actor asked for (of its survivor, if merged), in the order asked. */
    @Transactional(TxType.SUPPORTS)
    public RelationsOfActors involvingEach(List<UUID> ids) {
        Map<UUID, UUID> effective = new HashMap<>();
        actors.findAllById(ids).forEach(a -> effective.put(a.id, a.isMerged() ? a.mergedInto : a.id));
        List<RelationDto> found = toDtos(relations.involvingAny(Set.copyOf(effective.values())));
        Map<UUID, List<RelationDto>> byActor = new HashMap<>();
        for (RelationDto r : found) {
            byActor.computeIfAbsent(r.subject().id(), k -> new ArrayList<>()).add(r);
            if (!r.object().id().equals(r.subject().id())) {
                byActor.computeIfAbsent(r.object().id(), k -> new ArrayList<>()).add(r);
            }
        }
        List<RelationsOfActors.Entry> results = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            UUID actor = effective.get(id);
            if (actor == null) {
                missing.add(id);
            } else {
                results.add(new RelationsOfActors.Entry(id, byActor.getOrDefault(actor, List.of())));
            }
        }
        return new RelationsOfActors(results, missing);
    }

    @Transactional
    public RelationDto add(UUID subjectId, RelationRequest request) {
        Actor subject = actors.findByIdOptional(subjectId).orElseThrow(() -> ProblemException.notFound("Actor", subjectId));
        if (subject.isMerged()) {
            throw ProblemException.conflict("Actor " + subjectId + " was merged into " + subject.mergedInto
                    + "; add the relation to that actor instead.");
        }
        Actor object = actors.findByIdOptional(request.objectId()).orElseThrow(() -> ProblemException.unprocessable(
                "The object actor " + request.objectId() + " does not exist.",
                List.of(new FieldError("objectId", "matches no actor"))));
        UUID objectId = object.isMerged() ? object.mergedInto : object.id;
        if (objectId.equals(subject.id)) {
            throw ProblemException.unprocessable("An actor cannot be related to itself.",
                    List.of(new FieldError("objectId", "must differ from the subject actor")));
        }
        RelationType type = RelationType.valueOf(request.type());
        if (relations.exists(subject.id, type, objectId, request.validFrom())) {
            throw ProblemException.conflict("This actor already has a " + type + " relation to " + objectId
                    + " starting on the same date.");
        }
        ActorRelation relation = new ActorRelation();
        relation.id = Ids.newId();
        relation.type = type;
        relation.subjectId = subject.id;
        relation.objectId = objectId;
        relation.validFrom = request.validFrom();
        relation.validTo = request.validTo();
        relation.title = blankToNull(request.title());
        relations.persistAndFlush(relation);
        return toDtos(List.of(relation)).get(0);
    }

    @Transactional
    public void remove(UUID actorId, UUID relationId) {
        ActorRelation relation = relations.findByIdOptional(relationId)
                .filter(r -> r.involves(actorId))
                .orElseThrow(() -> ProblemException.notFound("Relation", relationId + " of actor " + actorId));
        relations.delete(relation);
    }

    /**
     * Moves a merged duplicate's relations to its survivor. A relation that would point the survivor at
     * itself, or that the survivor already has, is dropped rather than duplicated.
     */
    void repoint(UUID duplicateId, UUID survivorId) {
        for (ActorRelation relation : relations.involving(duplicateId, null)) {
            UUID subject = relation.subjectId.equals(duplicateId) ? survivorId : relation.subjectId;
            UUID object = relation.objectId.equals(duplicateId) ? survivorId : relation.objectId;
            if (subject.equals(object) || relations.exists(subject, relation.type, object, relation.validFrom)) {
                relations.delete(relation);
            } else {
                relation.subjectId = subject;
                relation.objectId = object;
            }
            relations.flush();
        }
    }

    private List<RelationDto> toDtos(List<ActorRelation> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(r -> {
            ids.add(r.subjectId);
            ids.add(r.objectId);
        });
        Map<UUID, Actor> byId = actors.findAllById(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return found.stream().map(r -> mapper.toDto(r, byId)).toList();
    }
}
