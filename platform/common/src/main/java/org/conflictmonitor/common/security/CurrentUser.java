package org.conflictmonitor.common.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The name of whoever makes the current change: the token's user in a request, "system" for
 * work the service does on its own (start-up loaders, jobs).
 */
@ApplicationScoped
// Looked up by the JPA audit listener, which CDI cannot see inject it.
@Unremovable
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final CurrentIdentityAssociation identities;

    public CurrentUser(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
