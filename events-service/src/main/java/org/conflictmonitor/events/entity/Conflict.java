package org.conflictmonitor.events.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.events.api.ConflictType;
import org.conflictmonitor.events.api.Incompatibility;

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

    @Column(name = "ucdp_name")
    public String ucdpName;

    @Enumerated(EnumType.STRING)
    public Incompatibility incompatibility;

    @Column(name = "territory_name")
    public String territoryName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> location = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conflict_party", joinColumns = @JoinColumn(name = "conflict_id"))
    public List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conflict_timeline", joinColumns = @JoinColumn(name = "conflict_id"))
    @OrderColumn(name = "position")
    public List<Background> timeline = new ArrayList<>();

    /** The UCDP/PRIO Armed Conflict Dataset's rows, by year: changed, added and removed row by row. */
    @ElementCollection
    @CollectionTable(name = "conflict_ucdp_year", joinColumns = @JoinColumn(name = "conflict_id"))
    @MapKeyColumn(name = "year")
    public Map<Integer, AcdYear> ucdpYears = new HashMap<>();
}
