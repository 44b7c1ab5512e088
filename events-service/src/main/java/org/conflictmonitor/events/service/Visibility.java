package org.conflictmonitor.events.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.EventStatus;

/**
 * Which events the caller may see: viewers the published ones, curators all of them.
 */
@ApplicationScoped
public class Visibility {

    private final SecurityIdentity identity;

    public Visibility(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean seesUnpublished() {
        return identity.hasRole(Roles.CURATOR);
    }

    /** The statuses to show, given the one asked for (null for any the caller may see). */
    public List<EventStatus> statuses(EventStatus asked) {
        if (!seesUnpublished()) {
            return asked == null || asked == EventStatus.PUBLISHED ? List.of(EventStatus.PUBLISHED) : List.of();
        }
        return asked == null ? List.of(EventStatus.values()) : List.of(asked);
    }
}
