package org.conflictmonitor.sources.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

    /** The identity of an article with a URL; null for a citation. */
    @Column(name = "canonical_url")
    public String canonicalUrl;

    /** The identity of a citation (an article without URL): see {@code CitationKeys}; null otherwise. */
    @Column(name = "citation_key")
    public String citationKey;

    /** The headline; for a citation given without one, its citation text. */
    @Column(nullable = false)
    public String title;

    /** The reference as the citing work printed it, if one was given. */
    public String citation;

    public String lede;

    /** Null when ingested without its text. */
    public String body;

    @Column(nullable = false)
    public String language;

    /** Kept with the offset it was published with: a Moscow dateline reads +03:00, not UTC. Null unless the instant is known. */
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    @TimeZoneColumn(name = "published_at_offset")
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The day of publication: publishedAt's day in its own offset, or the day alone; null when undated. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Orders and filters lists; derived, see {@link #sortKey}. */
    @Column(name = "published_sort", nullable = false)
    public long publishedSort;

    @Column(name = "dateline_place")
    public String datelinePlace;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors = new ArrayList<>();

    /** Null without a text. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "retrieved_at", nullable = false)
    public OffsetDateTime retrievedAt;

    @PrePersist
    @PreUpdate
    void derivePublished() {
        if (publishedAt != null) {
            publishedOn = publishedAt.toLocalDate();
        }
        publishedSort = sortKey(publishedAt, publishedOn);
    }

    /**
     * Where an article falls in newest-first lists and date filters, in microseconds since the epoch:
     * the instant it was published, else 00:00 UTC of its day, else (undated) before everything.
     */
    public static long sortKey(OffsetDateTime at, LocalDate on) {
        if (at != null) {
            return micros(at);
        }
        return on == null ? UNDATED : micros(on.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** The sort key of an undated citation: last in newest-first lists, in no date range. */
    public static final long UNDATED = Long.MIN_VALUE;

    public static long micros(OffsetDateTime instant) {
        return Math.addExact(Math.multiplyExact(instant.toEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
