package org.conflictmonitor.events.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.events.api.SubEventType;

@Entity
@Table(name = "claim")
public class Claim extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    /** Null when the article does not say who asserts it. */
    @Column(name = "claimant_actor_id")
    public UUID claimantActorId;

    /** For a claim an import wrote: its key among the event's imported claims. */
    @Column(name = "import_key")
    public String importKey;

    @Column(nullable = false)
    public String summary;

    public String quote;

    @Column(name = "initiator_actor_id")
    public UUID initiatorActorId;

    /** The kind of act the claim says happened; null when it does not say. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_event_type")
    public SubEventType subEventType;

    @Column(nullable = false)
    public int credibility;

    @ElementCollection
    @CollectionTable(name = "claim_casualties", joinColumns = @JoinColumn(name = "claim_id"))
    public List<Casualty> figures = new ArrayList<>();
}
