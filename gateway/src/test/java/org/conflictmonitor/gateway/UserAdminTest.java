package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Admins manage who may edit, through the real Keycloak Admin REST API: they list users with their
 * roles, grant the curator role to a viewer who can then write with a new token, and revoke it.
 */
@QuarkusTest
@GatewayPlatformTest
class UserAdminTest {

    static final String CREATE_ACTOR = "mutation($n: String!) { createActor(input: {kind: PERSON, name: $n}) { id } }";

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void adminsSeeTheUsersWithTheirRoles() {
        GraphQLClient.post(tokens.accessToken("admin"), "{ users { username roles } }")
                .body("errors", nullValue())
                .body("data.users.username", hasItem("curator"))
                .body("data.users.username", not(hasItem("service-account-conflict-monitor-admin")))
                .body("data.users.find { it.username == 'admin' }.roles", containsInAnyOrder("ADMIN", "CURATOR", "VIEWER"))
                .body("data.users.find { it.username == 'curator' }.roles", containsInAnyOrder("CURATOR", "VIEWER"));
        GraphQLClient.post(tokens.accessToken("admin"), "{ users(search: \"curator\") { username } }")
                .body("data.users.username", contains("curator"));
    }

    @Test
    void onlyAdminsManageUsers() {
        GraphQLClient.post(tokens.accessToken("curator"), "{ users { username } }")
                .body("data.users", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQLClient.post(tokens.accessToken("curator"), "mutation { grantRole(username: \"curator\", role: ADMIN) { roles } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aGrantedCuratorCanWriteUntilTheRoleIsRevoked() {
        String name = "Granted actor " + UUID.randomUUID();
        GraphQLClient.post(tokens.accessToken("newcomer", "newcomer"), CREATE_ACTOR, Map.of("n", name))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        GraphQLClient.post(tokens.accessToken("admin"), "mutation { grantRole(username: \"newcomer\", role: CURATOR) { username roles } }")
                .body("errors", nullValue())
                .body("data.grantRole.roles", containsInAnyOrder("CURATOR", "VIEWER"));
        GraphQLClient.post(tokens.accessToken("newcomer", "newcomer"), CREATE_ACTOR, Map.of("n", name))
                .body("errors", nullValue())
                .body("data.createActor.id", notNullValue());

        GraphQLClient.post(tokens.accessToken("admin"), "mutation { revokeRole(username: \"newcomer\", role: CURATOR) { roles } }")
                .body("errors", nullValue())
                .body("data.revokeRole.roles", contains("VIEWER"));
        GraphQLClient.post(tokens.accessToken("newcomer", "newcomer"), CREATE_ACTOR, Map.of("n", name + " again"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anUnknownUserIsNotFound() {
        GraphQLClient.post(tokens.accessToken("admin"), "mutation { grantRole(username: \"nobody-here\", role: CURATOR) { roles } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
