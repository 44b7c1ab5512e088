package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

import org.conflictmonitor.gateway.http.PersistedDocuments;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * Production's trusted-documents mode: only registered documents run — the TypeScript client's and
 * the analyst console's, shipped in the gateway, and another team's from a manifest the
 * configuration names. Anything else
 * is refused before any service is called, and cannot be registered by a client.
 */
@QuarkusTest
@GatewayPlatformTest
@TestProfile(TrustedDocumentsOnlyTest.TrustedOnly.class)
class TrustedDocumentsOnlyTest {

    static final String OTHER_TEAMS = "query OtherTeamConflicts { conflicts(first: 2) { nodes { name } } }";

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("conflict-monitor.graphql.trusted-documents-only", "true",
                    "conflict-monitor.graphql.trusted-documents", "src/test/resources/other-team-documents.json");
        }
    }

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void aDocumentNotRegisteredIsRefusedWithoutCallingAnyService() {
        String arbitrary = "{ conflicts(first: 1) { nodes { name } } }";
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        post(Map.of("query", arbitrary))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_REQUIRED"));
        post(Map.of("query", arbitrary, "extensions", hashOf(arbitrary)))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_ALLOWED"));
        post(Map.of("extensions", hashOf(arbitrary)))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        assertThat(DownstreamCalls.between(before, DownstreamCalls.snapshot(platform))).as("service calls").isEmpty();
    }

    @Test
    void registeredDocumentsRunByHashFromTheShippedRegistryAndFromAnotherTeamsManifest() throws Exception {
        JsonObject shipped = new JsonObject(Files.readString(Path.of("src/main/resources/trusted-documents/gateway-client.json")));
        String seedClash = shipped.fieldNames().stream().filter(id -> shipped.getString(id).startsWith("query SeedClash")).findFirst().orElseThrow();
        post(Map.of("documentId", seedClash, "variables", Map.of("id", "0e000000-0000-7000-8000-000000000001")))
                .body("errors", nullValue()).body("data.event.code", notNullValue());
        post(Map.of("extensions", hashOf(OTHER_TEAMS)))
                .body("errors", nullValue()).body("data.conflicts.nodes[0].name", notNullValue());
        post(Map.of("documentId", "sha256:" + PersistedDocuments.sha256(OTHER_TEAMS), "query", OTHER_TEAMS))
                .body("errors", nullValue()).body("data.conflicts.nodes[0].name", notNullValue());
    }

    @Test
    void theAnalystConsolesDocumentsRunByTheHashItSendsThem() throws Exception {
        JsonObject console = new JsonObject(Files.readString(Path.of("src/main/resources/trusted-documents/console.json")));
        String eventPage = console.fieldNames().stream().filter(id -> console.getString(id).startsWith("query EventPage")).findFirst().orElseThrow();
        // As Apollo Client's persisted query link sends it: the hash alone, in extensions.
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", eventPage.substring("sha256:".length()))),
                "variables", Map.of("id", "0e000000-0000-7000-8000-000000000001")))
                .body("errors", nullValue()).body("data.event.claims", org.hamcrest.Matchers.hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
    }

    private static Map<String, Object> hashOf(String document) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.sha256(document)));
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then().log().ifValidationFails().statusCode(200);
    }
}
