package org.conflictmonitor.actors.entity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.conflictmonitor.actors.api.RelationType;
import org.conflictmonitor.common.persistence.AuditedEntity;

@Entity
@Table(name = "actor_relation")
public class ActorRelation extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationType type;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "object_id", nullable = false)
    public UUID objectId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String title;

    public boolean involves(UUID actorId) {
        return subjectId.equals(actorId) || objectId.equals(actorId);
    }
}
