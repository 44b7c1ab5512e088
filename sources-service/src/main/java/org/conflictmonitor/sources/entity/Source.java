package org.conflictmonitor.sources.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.sources.api.Ownership;
import org.conflictmonitor.sources.api.ReliabilityGrade;
import org.conflictmonitor.sources.api.SourceKind;

@Entity
@Table(name = "source")
public class Source extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    @Column(name = "homepage_url")
    public String homepageUrl;

    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ownership ownership;

    @Enumerated(EnumType.STRING)
    @Column(name = "reliability_grade", nullable = false)
    public ReliabilityGrade reliabilityGrade;

    @Column(name = "reliability_rationale")
    public String reliabilityRationale;

    @Column(name = "reliability_rated_by", nullable = false)
    public String reliabilityRatedBy;

    @Column(name = "reliability_rated_at", nullable = false)
    public OffsetDateTime reliabilityRatedAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "feed_urls", nullable = false)
    public List<String> feedUrls = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "source_domain", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "domain", nullable = false)
    @OrderBy
    public Set<String> domains = new LinkedHashSet<>();
}
