package org.conflictmonitor.sources.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TimeZoneColumn;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.common.persistence.AuditedEntity;

@Entity
@Table(name = "article")
public class Article extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "canonical_url", nullable = false)
    public String canonicalUrl;

    @Column(nullable = false)
    public String title;

    public String lede;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String language;

    /** Kept with the offset it was published with: a Moscow dateline reads +03:00, not UTC. */
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    @TimeZoneColumn(name = "published_at_offset")
    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "dateline_place")
    public String datelinePlace;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors = new ArrayList<>();

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "retrieved_at", nullable = false)
    public OffsetDateTime retrievedAt;
}
