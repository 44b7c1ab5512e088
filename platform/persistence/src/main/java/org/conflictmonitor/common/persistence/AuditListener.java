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
        created(entity, currentUser(), now());
    }

    /** Stamps a new row that is written without Hibernate's persist (by COPY), as persist would. */
    public static void created(AuditedEntity entity, String user, OffsetDateTime at) {
        entity.createdAt = at;
        entity.createdBy = user;
        entity.updatedAt = at;
        entity.updatedBy = user;
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        entity.updatedBy = currentUser();
    }

    /** Now, as PostgreSQL stores it. */
    public static OffsetDateTime now() {
        // PostgreSQL keeps microseconds; truncating here makes what we return equal what we read back.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String currentUser() {
        return Arc.container().instance(CurrentUser.class).get().name();
    }
}
