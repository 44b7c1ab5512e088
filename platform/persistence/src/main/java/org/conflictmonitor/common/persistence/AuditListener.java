package org.conflictmonitor.common.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import io.quarkus.arc.Arc;

import org.conflictmonitor.common.security.CurrentUser;

/**
 * Stamps {@link AuditedEntity} rows. Hibernate instantiates listeners itself, hence the lookup of
 * the current user instead of injection.
 */
public class AuditListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        String user = currentUser();
        OffsetDateTime now = now();
        entity.createdAt = now;
        entity.createdBy = user;
        entity.updatedAt = now;
        entity.updatedBy = user;
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        entity.updatedBy = currentUser();
    }

    private static OffsetDateTime now() {
        // PostgreSQL keeps microseconds; truncating here makes what we return equal what we read back.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String currentUser() {
        return Arc.container().instance(CurrentUser.class).get().name();
    }
}
