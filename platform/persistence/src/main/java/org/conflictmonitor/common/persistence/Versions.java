package org.conflictmonitor.common.persistence;

import org.conflictmonitor.common.error.ProblemException;

/**
 * Optimistic locking as clients see it: an update names the version it was made against, and is
 * refused when that is not the current one, so that nobody overwrites a change they never saw.
 */
public final class Versions {

    private Versions() {
    }

    /** The version an update was made against; a 400 naming {@code version} when it carries none. */
    public static int sent(Integer version) {
        if (version == null) {
            throw ProblemException.invalid("version", "is required on update: send the version you read");
        }
        return version;
    }

    /** A 409 when the entity has changed since the client read it. */
    public static void requireCurrent(AuditedEntity entity, int sent, String what, Object id) {
        if (entity.version != sent) {
            throw ProblemException.staleVersion(what, id, sent, entity.version);
        }
    }
}
