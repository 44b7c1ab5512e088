package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The GraphQL-over-HTTP specification's own audit (npm graphql-http, serverAudits) passes completely
 * against the gateway: every MUST, SHOULD and MAY, for both response media types. It runs with the
 * machine's Node.js; the build installs its packages (conformance/). No Node.js fails the test.
 */
@QuarkusTest
@GatewayPlatformTest
class GraphQLOverHttpAuditTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void everyAuditOfTheSpecificationPasses() throws Exception {
        ProcessBuilder audit = new ProcessBuilder("node", "audit.mjs").directory(new File("conformance")).redirectErrorStream(true);
        audit.environment().put("GATEWAY_URL", graphql.toString());
        audit.environment().put("TOKEN", tokens.accessToken("viewer"));
        Process process = audit.start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the audit ends").isTrue();
        assertThat(report).as("the audit's report").contains("audits ok").doesNotContainPattern("(?m)^(warn|notice|error)\\t");
        assertThat(process.exitValue()).as(report).isZero();
    }
}
