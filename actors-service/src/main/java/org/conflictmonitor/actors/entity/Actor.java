package org.conflictmonitor.actors.entity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;


import org.conflictmonitor.actors.api.ActorKind;
import org.conflictmonitor.common.persistence.AuditedEntity;

@Entity
@Table(name = "actor")
public class Actor extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    @Column(nullable = false)
    public String name;

    /** The normalised name PostgreSQL computes; lists are ordered by it. */
    @Column(name = "sort_key", insertable = false, updatable = false)
    public String sortKey;

    public String country;

    public String description;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @Column(name = "ucdp_actor_id")
    public Integer ucdpActorId;

    /** The name UCDP datasets give the actor, exactly as they write it. */
    @Column(name = "ucdp_name")
    public String ucdpName;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    public Set<Alias> aliases = new LinkedHashSet<>();

    public boolean isMerged() {
        return mergedInto != null;
    }
}
