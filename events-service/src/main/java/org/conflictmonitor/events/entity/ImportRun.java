package org.conflictmonitor.events.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.conflictmonitor.common.persistence.AuditedEntity;
import org.conflictmonitor.events.api.ImportKind;
import org.conflictmonitor.events.api.ImportRowError;
import org.conflictmonitor.events.api.ImportState;
import org.conflictmonitor.events.api.KeptEdit;

/** One run of the importer; {@code createdBy} and {@code createdAt} say who started it and when. */
@Entity
@Table(name = "import_run")
public class ImportRun extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Column(nullable = false)
    public String file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportState state;

    @Column(name = "total_rows")
    public Long totalRows;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(nullable = false)
    public long created;

    @Column(nullable = false)
    public long updated;

    @Column(nullable = false)
    public long unchanged;

    @Column(name = "older_version", nullable = false)
    public long olderVersion;

    @Column(name = "bad_rows", nullable = false)
    public long badRows;

    @Column(name = "flagged_rows", nullable = false)
    public long flaggedRows;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ImportRowError> errors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "kept_edits", nullable = false)
    public List<KeptEdit> keptEdits = new ArrayList<>();

    public String failure;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
