package org.conflictmonitor.testing.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import org.conflictmonitor.testing.http.ManagementInterface;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The platform's role rules, which every service must keep, proven with real tokens from a real
 * Keycloak: no, forged, expired or garbled token 401; viewer reads but cannot write; curator writes
 * but cannot delete; admin deletes; health, metrics and OpenAPI are open. A service's test extends
 * this with its own endpoints, and is annotated with {@code @QuarkusTest} and the test resources.
 */
public abstract class RoleRulesContract {

    @InjectKeycloak
    protected KeycloakTokens tokens;

    /** A path any viewer may GET. */
    protected abstract String readPath();

    /** A path curators POST to, to create something. */
    protected abstract String createPath();

    /** A valid JSON body for {@link #createPath()}. */
    protected abstract String createBody();

    /** The path of what {@link #createPath()} created, for DELETE. */
    protected String pathOf(String createdId) {
        return createPath() + "/" + createdId;
    }

    /** A text that the service's OpenAPI document contains. */
    protected abstract String openApiMarker();

    @Test
    void noTokenIsRefusedWith401Problem() {
        given().when().get(readPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://conflict-monitor.org/problems/unauthorized"));
    }

    @Test
    void forgedTokenIsRefused() {
        given().auth().oauth2(tokens.forgedToken("admin")).when().get(readPath())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRefused() {
        given().auth().oauth2(tokens.expiredToken("admin")).when().get(readPath())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageTokenIsRefused() {
        given().auth().oauth2("not-a-jwt").when().get(readPath())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void viewerReadsButCannotWrite() {
        given().auth().oauth2(tokens.accessToken("viewer")).when().get(readPath())
                .then().statusCode(200);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).body(createBody())
                .when().post(createPath())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void curatorWritesButCannotDeleteAndAdminDeletes() {
        String id = given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body(createBody())
                .when().post(createPath())
                .then().statusCode(201)
                .body("createdBy", equalTo("curator"))
                .extract().path("id");
        given().auth().oauth2(tokens.accessToken("curator")).when().delete(pathOf(id))
                .then().statusCode(403);
        given().auth().oauth2(tokens.accessToken("admin")).when().delete(pathOf(id))
                .then().statusCode(204);
        given().auth().oauth2(tokens.accessToken("admin")).when().get(pathOf(id))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().baseUri(ManagementInterface.url()).when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"));
        // What the alerts and the dashboard read: latency buckets and the database connection pool.
        given().baseUri(ManagementInterface.url()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"), containsString("agroal_awaiting_count"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString(openApiMarker()));
    }
}
