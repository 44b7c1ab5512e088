package org.conflictmonitor.events.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;


import org.conflictmonitor.common.persistence.AuditedEntity;

@Entity
@Table(name = "claim")
public class Claim extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "claimant_actor_id", nullable = false)
    public UUID claimantActorId;

    @Column(nullable = false)
    public String summary;

    public String quote;

    @Column(name = "initiator_actor_id")
    public UUID initiatorActorId;

    @Column(nullable = false)
    public int credibility;

    @ElementCollection
    @CollectionTable(name = "claim_figures", joinColumns = @JoinColumn(name = "claim_id"))
    public List<Figures> figures = new ArrayList<>();
}
