package org.conflictmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The platform end to end, started with deploy/local/up and used only from the outside: Keycloak
 * tokens of the demo users and GraphQL on the gateway, over the three real services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Order(1)
class LocalStackIT {

    static ValidatableResponse graphql(String token, String query, Map<String, Object> variables) {
        var request = given().baseUri(RunningStack.GATEWAY).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }

    @Test
    @Order(1)
    void theReadyMessageTellsANewcomerWhereEverythingIs() {
        assertThat(SharedStack.stack().output()).contains("http://localhost:8080/graphql-ui", "http://localhost:8180/admin",
                "http://localhost:8081/q/swagger-ui", "viewer", "curator", "admin", "TOKEN=$(curl");
    }

    @Test
    @Order(1)
    void theFirstQueryTheReadyMessageOffersAnswers() {
        String body = SharedStack.stack().output().lines()
                .filter(line -> line.contains("-d '{\"query\""))
                .map(line -> line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\'')))
                .findFirst().orElseThrow(() -> new AssertionError("the ready message offers no query"));
        given().baseUri(RunningStack.GATEWAY).contentType(ContentType.JSON).auth().oauth2(RunningStack.token("viewer"))
                .body(body)
                .when().post("/graphql")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.claims.figures.flatten().group", hasItem("SIDE_A"));
    }

    @Test
    @Order(2)
    void theSeedArticleQueryAnswersAcrossAllServices() {
        graphql(RunningStack.token("viewer"), """
                query($id: ID!) { event(id: $id) { title conflict { name } actors { side actor { name } }
                  claims { claimant { name } figures { group personnel killed { best } injured { best } } article { title source { name } } } } }""",
                Map.of("id", "0e000000-0000-7000-8000-000000000001"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.conflict.name", equalTo("Nagorno-Karabakh conflict"))
                .body("data.event.claims.claimant.name", containsInAnyOrder("Ministry of Defence of Azerbaijan",
                        "Press Service of the Ministry of Defence of Armenia"))
                .body("data.event.claims[0].article.source.name", equalTo("TASS"))
                .body("data.event.actors.actor.name", hasItem("Armed Forces of Azerbaijan"));
    }

    @Test
    @Order(3)
    void aCuratorRecordsAReportThroughGraphQLAndReadsItBack() {
        String curator = RunningStack.token("curator");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String actor = graphql(curator, "mutation($n: String!) { createActor(input: {kind: GOVERNMENT_BODY, name: $n, country: \"ARM\"}) { id } }",
                Map.of("n", "E2E ministry " + run)).body("errors", nullValue()).extract().path("data.createActor.id");
        String source = graphql(curator, """
                mutation($n: String!, $d: String!, $a: ID!) { createSource(input: {name: $n, kind: MILITARY, homepageUrl: "https://e2e.example",
                  domains: [$d], reliability: {grade: D, rationale: "A party."}, actorId: $a}) { id } }""",
                Map.of("n", "E2E press " + run, "d", run + ".e2e.example", "a", actor)).body("errors", nullValue()).extract().path("data.createSource.id");
        String article = graphql(curator, """
                mutation($s: ID!, $u: String!) { ingestArticle(input: {sourceId: $s, url: $u, title: "Shelling reported",
                  body: "Positions came under fire.", language: "en", publishedAt: "2020-07-13T10:00:00+04:00"}) { article { id } } }""",
                Map.of("s", source, "u", "https://" + run + ".e2e.example/news/1")).body("errors", nullValue())
                .extract().path("data.ingestArticle.article.id");
        String event = graphql(curator, """
                mutation { createEvent(input: {dateFrom: "2020-07-13", subEventType: SHELLING_ARTILLERY_MISSILE_ATTACK, title: "E2E shelling",
                  location: {country: "ARM"}, status: PUBLISHED, actors: [{actorId: "0a000000-0000-7000-8000-000000000024", side: A}]}) { id } }""",
                Map.of()).body("errors", nullValue()).extract().path("data.createEvent.id");
        graphql(curator, "mutation($e: ID!, $a: ID!, $c: ID!) { addClaim(eventId: $e, input: {articleId: $a, claimantActorId: $c, summary: \"Shelled.\"}) { id } }",
                Map.of("e", event, "a", article, "c", actor)).body("errors", nullValue());

        graphql(RunningStack.token("viewer"), "query($id: ID!) { event(id: $id) { code claims { claimant { name } article { source { name } } } } }",
                Map.of("id", event))
                .body("errors", nullValue())
                .body("data.event.code", startsWith("ARM-2020-"))
                .body("data.event.claims[0].claimant.name", equalTo("E2E ministry " + run))
                .body("data.event.claims[0].article.source.name", equalTo("E2E press " + run));
    }

    @Test
    @Order(4)
    void aViewersMutationIsForbidden() {
        graphql(RunningStack.token("viewer"), "mutation { createActor(input: {kind: PERSON, name: \"Not allowed\"}) { id } }", Map.of())
                .statusCode(200)
                .body("data.createActor", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    @Order(5)
    void noTokenAndAForgedTokenAreRefused() {
        graphql(null, "{ conflicts { nodes { name } } }", Map.of()).statusCode(401);
        String[] parts = RunningStack.token("admin").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[256]);
        graphql(forged, "{ conflicts { nodes { name } } }", Map.of()).statusCode(401);
    }

    @Test
    @Order(6)
    void anAdminMakesTheViewerACuratorWhoCanThenWrite() {
        graphql(RunningStack.token("admin"), "mutation { grantRole(username: \"viewer\", role: CURATOR) { roles } }", Map.of())
                .body("errors", nullValue())
                .body("data.grantRole.roles", hasItem("CURATOR"));
        graphql(RunningStack.token("viewer"), "mutation { createActor(input: {kind: PERSON, name: \"Written by a new curator\"}) { id } }", Map.of())
                .body("errors", nullValue())
                .body("data.createActor.id", notNullValue());
        graphql(RunningStack.token("admin"), "mutation { revokeRole(username: \"viewer\", role: CURATOR) { roles } }", Map.of())
                .body("errors", nullValue());
    }
}
