package org.conflictmonitor.sources.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.postgres.PostgresTestResource;
import org.conflictmonitor.testing.security.RoleRulesContract;

/**
 * The role rules of the sources service, proven with real tokens from a real Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class SourceSecurityTest extends RoleRulesContract {

    @Override
    protected String readPath() {
        return "/articles";
    }

    @Override
    protected String createPath() {
        return "/sources";
    }

    @Override
    protected String createBody() {
        return """
                {"name": "Security Test Gazette %s", "kind": "NEWSPAPER", "reliability": {"grade": "F"}}
                """.formatted(java.util.UUID.randomUUID());
    }

    @Override
    protected String openApiMarker() {
        return "Ingest up to 1,000 articles";
    }
}
