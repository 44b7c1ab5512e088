package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.http.ManagementInterface;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * GraphQL over HTTP as front ends and operators rely on it: real tokens or a 401 before anything
 * runs, the caller's token passed on so the services apply the caller's roles, the gateway's own
 * role check on mutations, GET for queries only, and the response media types of the spec.
 */
@QuarkusTest
@GatewayPlatformTest
class HttpAndSecurityTest {

    static final String QUERY = "{ conflicts(q: \"Nagorno\", first: 1) { nodes { name } } }";

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void withoutAValidTokenNothingRuns() {
        given().contentType(ContentType.JSON).body(Map.of("query", QUERY)).when().post("/graphql").then().statusCode(401);
        for (String token : new String[] { tokens.forgedToken("viewer"), tokens.expiredToken("viewer"), "not-a-token" }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", QUERY))
                    .when().post("/graphql").then().statusCode(401);
        }
        given().when().get("/graphql/schema.graphql").then().statusCode(401);
    }

    @Test
    void aValidTokenGetsData() {
        GraphQLClient.post(tokens.accessToken("viewer"), QUERY).statusCode(200)
                .body("data.conflicts.nodes[0].name", equalTo("Nagorno-Karabakh conflict"));
    }

    @Test
    void theCallersTokenReachesTheServicesSoViewersDoNotSeeDrafts() {
        String draft = given().baseUri(platform.service("events-service").url()).auth().oauth2(tokens.accessToken("curator"))
                .contentType(ContentType.JSON).body("""
                        {"dateFrom": "2020-07-14", "subEventType": "ARMED_CLASH", "title": "Unconfirmed report %s",
                         "location": {"country": "AZE"}, "status": "DRAFT",
                         "actors": [{"actorId": "0a000000-0000-7000-8000-000000000024", "side": "A"}]}""".formatted(UUID.randomUUID()))
                .when().post("/events").then().statusCode(201).extract().path("id");
        String query = "query($id: ID!) { event(id: $id) { title status } }";
        GraphQLClient.post(tokens.accessToken("viewer"), query, Map.of("id", draft)).statusCode(200)
                .body("errors", nullValue()).body("data.event", nullValue());
        GraphQLClient.post(tokens.accessToken("curator"), query, Map.of("id", draft)).statusCode(200)
                .body("data.event.status", equalTo("DRAFT"));
    }

    @Test
    void aViewersMutationIsForbiddenAndChangesNothing() {
        String name = "Forbidden actor " + UUID.randomUUID();
        GraphQLClient.post(tokens.accessToken("viewer"), """
                mutation($name: String!) { createActor(input: {kind: PERSON, name: $name}) { id } }""", Map.of("name", name))
                .statusCode(200)
                .body("data.createActor", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.requiredRole", equalTo("curator"))
                .body("errors[0].message", containsString("curator"));
        GraphQLClient.post(tokens.accessToken("viewer"), "query($q: String!) { actors(q: $q) { nodes { id } } }", Map.of("q", name))
                .body("data.actors.nodes", org.hamcrest.Matchers.empty());
    }

    @Test
    void eventHistoryIsForCuratorsAndTheGatewayChecksItBeforeAskingTheService() {
        String query = "{ eventHistory(id: \"0e000000-0000-7000-8000-000000000001\") { version changedBy changedFields } }";
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        GraphQLClient.post(tokens.accessToken("viewer"), query)
                .body("data.eventHistory", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.requiredRole", equalTo("curator"));
        org.assertj.core.api.Assertions.assertThat(DownstreamCalls.between(before, DownstreamCalls.snapshot(platform))).as("service calls").isEmpty();
        GraphQLClient.post(tokens.accessToken("curator"), query)
                .body("errors", nullValue())
                .body("data.eventHistory", notNullValue());
    }

    @Test
    void aCuratorMayNotDeleteOnlyAnAdminMay() {
        GraphQLClient.post(tokens.accessToken("curator"), """
                mutation { deleteActor(id: "0a000000-0000-7000-8000-000000000001") }""")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.requiredRole", equalTo("admin"));
        GraphQLClient.post(tokens.accessToken("viewer"), "{ actor(id: \"0a000000-0000-7000-8000-000000000001\") { name } }")
                .body("data.actor.name", equalTo("Russia"));
    }

    @Test
    void getRunsQueriesButNeverMutations() {
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("query", QUERY)
                .when().get("/graphql").then().statusCode(200)
                .body("data.conflicts.nodes[0].name", notNullValue());
        given().auth().oauth2(tokens.accessToken("admin"))
                .queryParam("query", "mutation { deleteActor(id: \"0a000000-0000-7000-8000-000000000001\") }")
                .when().get("/graphql").then().statusCode(405)
                .header("Allow", containsString("POST"))
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        GraphQLClient.post(tokens.accessToken("viewer"), "{ actor(id: \"0a000000-0000-7000-8000-000000000001\") { name } }")
                .body("data.actor.name", equalTo("Russia"));
    }

    @Test
    void getRunsTheNamedOperationWithItsTextAsSent() {
        String document = """
                query Plain { actor(id: "0a000000-0000-7000-8000-000000000001") { ...Named } }
                query Other { searchArticles(q: "a+b%20c", first: 1) { nodes { snippet } } }
                fragment Named on Actor { name }""";
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("query", document).queryParam("operationName", "Plain")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.actor.name", equalTo("Russia"));
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("query", "{ actor(id: \"a+b%20c\") { name } }")
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].message", containsString("a+b%20c"));
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("query", document).queryParam("operationName", "Nope")
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].message", containsString("Nope"));
    }

    @Test
    void aRequestThatIsNotGraphQLOverHttpIsA4xxNamingWhatIsWrong() {
        String token = tokens.accessToken("viewer");
        given().auth().oauth2(token).body("{\"query\": \"{ __typename }\"}").when().post("/graphql").then().statusCode(415);
        given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"query\": ")
                .when().post("/graphql").then().statusCode(400).body("errors[0].message", containsString("not JSON"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", "{ __typename }", "variables", "x"))
                .when().post("/graphql").then().statusCode(400).body("errors[0].message", containsString("variables"));
        given().auth().oauth2(token).contentType(ContentType.JSON).accept("*/*").body(Map.of("query", "{ __typename }"))
                .when().post("/graphql").then().statusCode(200).contentType(startsWith("application/json"));
        given().contentType(ContentType.JSON).body("{\"query\": ").when().post("/graphql").then().statusCode(401);
    }

    @Test
    void browsersMayCallFromTheConfiguredWebOriginsOnly() {
        given().header("Origin", "https://console.test.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://console.test.example"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theGraphQLResponseMediaTypeIsServedWhenAsked() {
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept("application/graphql-response+json").body(Map.of("query", QUERY))
                .when().post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json"))
                .body("data.conflicts.nodes.name", hasItem("Nagorno-Karabakh conflict"));
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON).accept("text/html")
                .body(Map.of("query", QUERY)).when().post("/graphql").then().statusCode(406);
    }

    @Test
    void aDocumentThatDoesNotValidateIsA400ForTheGraphQLMediaTypeAndA200ForJson() {
        String invalid = "{ conflicts { nodes { nameTypo } } }";
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept("application/graphql-response+json").body(Map.of("query", invalid))
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("nameTypo"));
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept("application/graphql-response+json").body(Map.of("query", "{ conflicts { nodes { name "))
                .when().post("/graphql").then().statusCode(400);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(Map.of("query", invalid))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("nameTypo"));
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept("application/graphql-response+json").body(Map.of("query", "{ event(id: \"0e000000-0000-7000-8000-0000000000ff\") { title } }"))
                .when().post("/graphql").then().statusCode(200);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .accept("application/graphql-response+json")
                .body(Map.of("query", "{ event(id: \"0e000000-0000-7000-8000-000000000001\") { title actors { actor { name } } claims { claimant { name } } } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("data.event.claims.claimant.name", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void healthAndMetricsAreOpenToProbesOnTheManagementPortOnly() {
        given().baseUri(ManagementInterface.url()).when().get("/q/health/ready").then().statusCode(200);
        given().baseUri(ManagementInterface.url()).when().get("/q/metrics").then().statusCode(200).body(not(containsString("Exception")));
        // The API's port, the one an Ingress exposes, serves neither.
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }
}
