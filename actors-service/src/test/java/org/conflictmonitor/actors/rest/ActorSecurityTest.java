package org.conflictmonitor.actors.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * The role rules of the actors service, proven with real tokens from a real Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ActorSecurityTest {

    private static final String ACTOR = """
            {"kind": "NGO", "name": "Security Test Relief Group"}
            """;

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void noTokenIsRefusedWith401Problem() {
        given().when().get("/actors")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://conflict-monitor.org/problems/unauthorized"));
    }

    @Test
    void forgedTokenIsRefused() {
        given().auth().oauth2(tokens.forgedToken("admin")).when().get("/actors")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRefused() {
        given().auth().oauth2(tokens.expiredToken("admin")).when().get("/actors")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageTokenIsRefused() {
        given().auth().oauth2("not-a-jwt").when().get("/actors")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void viewerReadsButCannotWrite() {
        given().auth().oauth2(tokens.accessToken("viewer")).when().get("/actors")
                .then().statusCode(200);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).body(ACTOR)
                .when().post("/actors")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void curatorWritesButCannotDelete() {
        String id = given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body(ACTOR)
                .when().post("/actors")
                .then().statusCode(201)
                .body("createdBy", equalTo("curator"))
                .extract().path("id");
        given().auth().oauth2(tokens.accessToken("curator")).when().delete("/actors/" + id)
                .then().statusCode(403);
        given().auth().oauth2(tokens.accessToken("admin")).when().delete("/actors/" + id)
                .then().statusCode(204);
        given().auth().oauth2(tokens.accessToken("admin")).when().get("/actors/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("Resolve a name to actors"));
    }
}
