package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

import org.conflictmonitor.gateway.http.PersistedDocuments;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Documents sent by hash: Apollo Client's automatic persisted queries (hash alone, then hash and
 * text once, then hash alone again, by POST and by GET), and the trusted documents built from the
 * TypeScript client, which run by {@code documentId} without any registration.
 */
@QuarkusTest
@GatewayPlatformTest
class PersistedQueriesTest {

    static final String SEED_CLASH = "0e000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void anAutomaticPersistedQueryIsRegisteredOnceThenRunsByItsHashAlone() {
        // A document no other test sent: its hash is unknown until this client registers it.
        String document = "query Apq%s { event(id: \"%s\") { title } }".formatted(UUID.randomUUID().toString().replace("-", ""), SEED_CLASH);
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.sha256(document)));
        post(Map.of("extensions", persisted)).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(Map.of("query", document, "extensions", persisted)).statusCode(200)
                .body("errors", nullValue()).body("data.event.title", notNullValue());
        post(Map.of("extensions", persisted)).statusCode(200)
                .body("errors", nullValue()).body("data.event.title", notNullValue());
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("extensions", new JsonObject(persisted).encode())
                .when().get("/graphql").then().statusCode(200)
                .header("Cache-Control", "private")
                .body("errors", nullValue()).body("data.event.title", notNullValue());
    }

    @Test
    void aHashThatIsNotTheQuerysIsRefused() {
        Map<String, Object> wrong = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedDocuments.sha256("{ __typename }")));
        post(Map.of("query", "{ conflicts { nodes { name } } }", "extensions", wrong)).statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("SHA-256"));
    }

    @Test
    void theTypeScriptClientsDocumentsRunByTheirIdWithoutRegistration() throws Exception {
        JsonObject registry = new JsonObject(Files.readString(Path.of("src/main/resources/trusted-documents/gateway-client.json")));
        String seedClash = registry.fieldNames().stream().filter(id -> registry.getString(id).startsWith("query SeedClash")).findFirst().orElseThrow();
        post(Map.of("documentId", seedClash, "variables", Map.of("id", SEED_CLASH))).statusCode(200)
                .body("errors", nullValue())
                .body("data.event.code", notNullValue())
                .body("data.event.claims.claimant.name", org.hamcrest.Matchers.hasSize(2));
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql").then().log().ifValidationFails();
    }
}
