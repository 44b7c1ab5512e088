package org.conflictmonitor.actors.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.postgres.PostgresTestResource;
import org.conflictmonitor.testing.security.RoleRulesContract;

/**
 * The role rules of the actors service, proven with real tokens from a real Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ActorSecurityTest extends RoleRulesContract {

    @Override
    protected String readPath() {
        return "/actors";
    }

    @Override
    protected String createPath() {
        return "/actors";
    }

    @Override
    protected String createBody() {
        return "{\"kind\": \"NGO\", \"name\": \"Security Test Relief Group\"}";
    }

    @Override
    protected String openApiMarker() {
        return "Resolve a name to actors";
    }
}
