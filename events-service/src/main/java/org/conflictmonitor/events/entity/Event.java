package org.conflictmonitor.events.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.LocationPrecision;
import org.conflictmonitor.events.api.SubEventType;

@Entity
@Table(name = "event")
public class Event extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "conflict_id")
    public UUID conflictId;

    @Column(name = "date_from", nullable = false)
    public LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    public LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "disorder_type", nullable = false)
    public DisorderType disorderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public EventType eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_event_type")
    public SubEventType subEventType;

    @Column(nullable = false)
    public String title;

    public String notes;

    @Column(nullable = false)
    public String country;

    public String admin1;

    public String admin2;

    public String place;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision", nullable = false)
    public LocationPrecision locationPrecision;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "killed_low")),
            @AttributeOverride(name = "best", column = @Column(name = "killed_best")),
            @AttributeOverride(name = "high", column = @Column(name = "killed_high")) })
    public Count killed = new Count();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "injured_low")),
            @AttributeOverride(name = "best", column = @Column(name = "injured_best")),
            @AttributeOverride(name = "high", column = @Column(name = "injured_high")) })
    public Count injured = new Count();

    @Column(name = "civilian_targeting", nullable = false)
    public boolean civilianTargeting;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @Embedded
    public UcdpColumns ucdp;

    @ElementCollection
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"))
    public List<Participant> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_casualties", joinColumns = @JoinColumn(name = "event_id"))
    public List<Casualty> casualties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_link", joinColumns = @JoinColumn(name = "event_id"))
    public List<Link> links = new ArrayList<>();
}
