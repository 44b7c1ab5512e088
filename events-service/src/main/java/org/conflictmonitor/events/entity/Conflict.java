package org.conflictmonitor.events.entity;

import java.time.LocalDate;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;


import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.events.api.ConflictType;

@Entity
@Table(name = "conflict")
public class Conflict extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictType type;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String description;

    @Column(name = "ucdp_conflict_id")
    public Integer ucdpConflictId;

    @ElementCollection
    @CollectionTable(name = "conflict_party", joinColumns = @JoinColumn(name = "conflict_id"))
    public List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conflict_timeline", joinColumns = @JoinColumn(name = "conflict_id"))
    @OrderColumn(name = "position")
    public List<Background> timeline = new ArrayList<>();
}
