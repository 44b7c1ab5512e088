package org.conflictmonitor.actors.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.actors.api.RelationType;
import org.conflictmonitor.actors.entity.ActorRelation;

@ApplicationScoped
public class RelationRepository implements PanacheRepositoryBase<ActorRelation, UUID> {

    /** Relations in which the actor is subject or object, oldest first; undated ones last. */
    public List<ActorRelation> involving(UUID actorId, RelationType type) {
        String order = " order by validFrom nulls last, type, id";
        return type == null
                ? list("(subjectId = ?1 or objectId = ?1)" + order, actorId)
                : list("(subjectId = ?1 or objectId = ?1) and type = ?2" + order, actorId, type);
    }

    /** The relations in which any of the actors is subject or object, oldest first. */
    public List<ActorRelation> involvingAny(java.util.Collection<UUID> actorIds) {
        return actorIds.isEmpty() ? List.of()
                : list("(subjectId in ?1 or objectId in ?1) order by validFrom nulls last, type, id", actorIds);
    }

    public boolean exists(UUID subjectId, RelationType type, UUID objectId, LocalDate validFrom) {
        return validFrom == null
                ? count("subjectId = ?1 and type = ?2 and objectId = ?3 and validFrom is null", subjectId, type, objectId) > 0
                : count("subjectId = ?1 and type = ?2 and objectId = ?3 and validFrom = ?4", subjectId, type, objectId, validFrom) > 0;
    }
}
