package org.conflictmonitor.common.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Who created and last changed a row, and when; and the version that guards it against lost
 * updates. Every table of the platform that users edit carries these columns.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public int version;
}
