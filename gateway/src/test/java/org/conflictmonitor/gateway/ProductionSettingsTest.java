package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Production switches GraphiQL and introspection off by configuration alone (as the Kubernetes
 * overlays do); queries go on working. Browsers get no cross-origin access until origins are set.
 */
@QuarkusTest
@GatewayPlatformTest
@TestProfile(ProductionSettingsTest.Production.class)
class ProductionSettingsTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.http.cors.origins", ""); // as in production: no origin configured

        }
    }

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void introspectionAndGraphiQLAreOffAndQueriesWork() {
        GraphQLClient.post(tokens.accessToken("viewer"), "{ __schema { types { name } } }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", notNullValue());
        given().when().get("/graphql-ui/").then().statusCode(404);
        GraphQLClient.post(tokens.accessToken("viewer"), "{ conflicts(q: \"Nagorno\") { nodes { name } } }")
                .body("errors", nullValue())
                .body("data.conflicts.nodes[0].name", equalTo("Nagorno-Karabakh conflict"));
    }

    @Test
    void noWebOriginIsAllowedUntilOneIsConfigured() {
        given().header("Origin", "https://console.test.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
