package org.conflictmonitor.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.conflictmonitor.gateway.error.GatewayError;

/**
 * The gateway's own check of the caller's role before a mutation reaches a service, so that a
 * viewer's mutation is refused as FORBIDDEN without touching anything. The services check again.
 */
@ApplicationScoped
public class RoleCheck {

    private final SecurityIdentity identity;

    public RoleCheck(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void require(String role) {
        if (!identity.hasRole(role)) {
            throw GatewayError.forbidden(role);
        }
    }
}
