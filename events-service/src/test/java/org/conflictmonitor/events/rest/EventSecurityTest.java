package org.conflictmonitor.events.rest;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.security.RoleRulesContract;

/**
 * The role rules of the events service, proven with real tokens from a real Keycloak.
 */
@QuarkusTest
@EventsPlatformTest
class EventSecurityTest extends RoleRulesContract {

    @Override
    protected String readPath() {
        return "/events";
    }

    @Override
    protected String createPath() {
        return "/conflicts";
    }

    @Override
    protected String createBody() {
        return "{\"name\": \"Security test conflict " + java.util.UUID.randomUUID() + "\", \"type\": \"NON_STATE\"}";
    }

    @Override
    protected String openApiMarker() {
        return "Export events as GeoJSON";
    }
}
