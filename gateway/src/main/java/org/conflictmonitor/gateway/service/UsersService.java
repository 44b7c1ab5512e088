package org.conflictmonitor.gateway.service;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.gateway.error.ErrorCode;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.model.GrantableRole;
import org.conflictmonitor.gateway.model.PlatformRole;
import org.conflictmonitor.gateway.model.PlatformUser;

/**
 * The platform's users and their roles, managed in Keycloak through its Admin REST API with the
 * gateway's own service account (client conflict-monitor-admin: view-users, manage-users and
 * view-realm of realm-management, nothing more). Only the curator and admin roles are touched.
 */
@ApplicationScoped
@Downstream(UsersService.NAME)
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
public class UsersService {

    public static final String NAME = "keycloak";
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
    private static final int MAX_MEMBERS = 10_000;

    static final String UNSET = "unset";

    private final Keycloak keycloak;
    private final String realm;
    private final boolean configured;

    public UsersService(Keycloak keycloak, @ConfigProperty(name = "conflict-monitor.users.realm", defaultValue = "conflict-monitor") String realm,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String secret) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.configured = !UNSET.equals(secret);
    }

    private RealmResource realm() {
        if (!configured) {
            throw GatewayError.of(ErrorCode.SERVICE_UNAVAILABLE, "User administration is not configured: set"
                    + " QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET to the secret of the Keycloak client conflict-monitor-admin.");
        }
        return keycloak.realm(realm);
    }

    /** The users whose name, e-mail or username contains {@code search} (all without it), with their roles. */
    public List<PlatformUser> list(String search, int first, int max) {
        RealmResource r = realm();
        List<UserRepresentation> users = search == null || search.isBlank() ? r.users().list(first, max) : r.users().search(search, first, max);
        // One call per role rather than one per user: role membership answers for every user at once.
        Map<String, Set<PlatformRole>> roles = new HashMap<>();
        for (PlatformRole role : PlatformRole.values()) {
            for (UserRepresentation member : r.roles().get(role.realmRole()).getUserMembers(true, 0, MAX_MEMBERS)) {
                Set<PlatformRole> held = roles.computeIfAbsent(member.getId(), k -> EnumSet.noneOf(PlatformRole.class));
                Roles.withImplied(role.realmRole()).forEach(implied -> PlatformRole.ofRealmRole(implied).ifPresent(held::add));
            }
        }
        List<PlatformUser> result = new ArrayList<>();
        for (UserRepresentation u : users) {
            if (!u.getUsername().startsWith(SERVICE_ACCOUNT_PREFIX)) {
                result.add(toUser(u, roles.getOrDefault(u.getId(), EnumSet.noneOf(PlatformRole.class))));
            }
        }
        return result;
    }

    public PlatformUser grant(String username, GrantableRole role) {
        RealmResource r = realm();
        UserRepresentation user = byUsername(r, username);
        r.users().get(user.getId()).roles().realmLevel().add(List.of(realmRole(r, role)));
        return reload(r, user);
    }

    public PlatformUser revoke(String username, GrantableRole role) {
        RealmResource r = realm();
        UserRepresentation user = byUsername(r, username);
        r.users().get(user.getId()).roles().realmLevel().remove(List.of(realmRole(r, role)));
        return reload(r, user);
    }

    private PlatformUser reload(RealmResource r, UserRepresentation user) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (RoleRepresentation role : r.users().get(user.getId()).roles().realmLevel().listEffective()) {
            PlatformRole.ofRealmRole(role.getName()).ifPresent(roles::add);
        }
        return toUser(user, roles);
    }

    private static RoleRepresentation realmRole(RealmResource r, GrantableRole role) {
        return r.roles().get(role.realmRole()).toRepresentation();
    }

    private static UserRepresentation byUsername(RealmResource r, String username) {
        return r.users().search(username, true).stream()
                .filter(u -> !u.getUsername().startsWith(SERVICE_ACCOUNT_PREFIX))
                .findFirst()
                .orElseThrow(() -> GatewayError.of(ErrorCode.NOT_FOUND, "No user is named " + username + "."));
    }

    private static PlatformUser toUser(UserRepresentation u, Set<PlatformRole> roles) {
        return new PlatformUser(u.getId(), u.getUsername(), u.getFirstName(), u.getLastName(), u.getEmail(),
                Boolean.TRUE.equals(u.isEnabled()), List.copyOf(roles));
    }
}
