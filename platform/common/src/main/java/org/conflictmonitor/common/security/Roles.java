package org.conflictmonitor.common.security;

import java.util.Set;

/**
 * The platform's realm roles. Each role implies the ones below it: admin ⊃ curator ⊃ viewer.
 */
public final class Roles {

    /** Reads everything that is published. */
    public static final String VIEWER = "viewer";
    /** Creates and updates. */
    public static final String CURATOR = "curator";
    /** Deletes, merges and manages. */
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** The role itself and every role it implies. */
    public static Set<String> withImplied(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, CURATOR, VIEWER);
            case CURATOR -> Set.of(CURATOR, VIEWER);
            default -> Set.of(role);
        };
    }
}
