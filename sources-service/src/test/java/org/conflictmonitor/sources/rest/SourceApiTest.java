package org.conflictmonitor.sources.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * Sources as a client sees them; the seed article's sources are loaded at start-up.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class SourceApiTest {

    static final String TASS = "0c000000-0000-7000-8000-000000000001";
    static final String AZ_MOD = "0c000000-0000-7000-8000-000000000003";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void seedSourcesCarryReasonedGrades() {
        as("viewer").when().get("/sources/" + TASS).then().statusCode(200)
                .body("name", equalTo("TASS"))
                .body("kind", equalTo("NEWS_AGENCY"))
                .body("ownership", equalTo("STATE"))
                .body("domains", containsInAnyOrder("tass.com", "tass.ru"))
                .body("reliability.grade", equalTo("C"))
                .body("reliability.label", equalTo("Fairly reliable"))
                .body("reliability.rationale", org.hamcrest.Matchers.containsString("state news agency"))
                .body("actorId", equalTo("0a000000-0000-7000-8000-000000000029"));
        as("viewer").queryParam("grade", "D").when().get("/sources").then().statusCode(200)
                .body("items.name", hasItem("Ministry of Defence of Azerbaijan"))
                .body("items.reliability.grade", everyItem(equalTo("D")));
    }

    @Test
    void invalidSourceIsRefusedNamingEachField() {
        as("curator").body("""
                {"name": "", "kind": "BLOG", "homepageUrl": "ftp://example.org", "domains": ["Not A Domain"],
                 "languages": ["en", "xx-!!"], "country": "XX", "ownership": "CROWD", "reliability": {"grade": "Z"},
                 "feedUrls": ["javascript:alert(1)"]}
                """).when().post("/sources")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "kind", "homepageUrl", "domains[0]", "languages[1]",
                        "country", "ownership", "reliability.grade", "feedUrls[0]"));
    }

    @Test
    void ratingChangesRecordWhoRatedAndStaleUpdatesConflict() {
        String name = "Tovuz Herald " + tag();
        String body = """
                {"name": "%s", "kind": "NEWSPAPER", "domains": ["herald-%s.example.az"], "reliability": {"grade": "C", "rationale": "new"}, "version": %d}
                """;
        String id = as("curator").body(body.formatted(name, tag(), 0)).when().post("/sources")
                .then().statusCode(201).body("reliability.ratedBy", equalTo("curator")).body("ownership", equalTo("UNKNOWN"))
                .extract().path("id");
        as("admin").body(body.formatted(name, "x" + tag(), 0).replace("\"C\"", "\"B\"")).when().put("/sources/" + id)
                .then().statusCode(200).body("reliability.grade", equalTo("B")).body("reliability.ratedBy", equalTo("admin"))
                .body("version", equalTo(1));
        as("curator").body(body.formatted(name, tag(), 0)).when().put("/sources/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        as("viewer").when().get("/sources/" + id).then().body("reliability.grade", equalTo("B"));
    }

    @Test
    void namesAndDomainsBelongToOneSource() {
        as("curator").body("{\"name\": \"tass\", \"kind\": \"OTHER\", \"reliability\": {\"grade\": \"F\"}}")
                .when().post("/sources").then().statusCode(409).contentType("application/problem+json");
        as("curator").body("{\"name\": \"Copycat " + tag() + "\", \"kind\": \"OTHER\", \"domains\": [\"tass.ru\"], \"reliability\": {\"grade\": \"F\"}}")
                .when().post("/sources").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("tass.ru"));
    }

    @Test
    void sourcesPageByNameWithoutCase() {
        String run = "Paging source " + tag();
        java.util.List.of("delta", "Alpha", "charlie", "Bravo").forEach(n -> as("curator")
                .body("{\"name\": \"" + run + " " + n + "\", \"kind\": \"ONLINE_MEDIA\", \"reliability\": {\"grade\": \"F\"}}")
                .when().post("/sources").then().statusCode(201));
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification r = as("viewer").queryParam("q", run).queryParam("limit", 3);
            if (cursor != null) {
                r.queryParam("cursor", cursor);
            }
            io.restassured.response.ValidatableResponse page = r.when().get("/sources").then().statusCode(200);
            seen.addAll(page.extract().path("items.name"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        org.assertj.core.api.Assertions.assertThat(seen)
                .containsExactly(run + " Alpha", run + " Bravo", run + " charlie", run + " delta");

        java.util.List<String> cursors = as("viewer").queryParam("q", run).when().get("/sources").then().extract().path("cursors");
        String previous = as("viewer").queryParam("q", run).queryParam("before", cursors.get(3)).queryParam("limit", 2)
                .when().get("/sources").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains(run + " Bravo", run + " charlie")).extract().path("previousCursor");
        as("viewer").queryParam("q", run).queryParam("before", previous).when().get("/sources").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains(run + " Alpha")).body("previousCursor", org.hamcrest.Matchers.nullValue());
        as("viewer").queryParam("q", run).when().get("/sources/count").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.equalTo(4)).body("exact", org.hamcrest.Matchers.equalTo(true));
        as("viewer").queryParam("q", run).queryParam("grade", "A").when().get("/sources/count").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.equalTo(0));
        as("viewer").queryParam("q", run).queryParam("bound", 3).when().get("/sources/count").then().statusCode(200)
                .body("exact", org.hamcrest.Matchers.equalTo(false)).body("value", org.hamcrest.Matchers.greaterThan(3));
    }

    @Test
    void lookupKeepsOrderAndReportsMissing() {
        String unknown = UUID.randomUUID().toString();
        as("viewer").body("{\"ids\": [\"" + AZ_MOD + "\", \"" + unknown + "\", \"" + TASS + "\"]}").when().post("/sources/lookup")
                .then().statusCode(200).body("items.id", contains(AZ_MOD, TASS)).body("missing", contains(unknown));
    }

    @Test
    void newestArticlesOfManySourcesComeInOneCall() {
        String run = tag();
        String source = as("curator").body("""
                {"name": "Batch Gazette %s", "kind": "NEWSPAPER", "domains": ["gazette-%s.example.am"], "reliability": {"grade": "C"}}
                """.formatted(run, run)).when().post("/sources").then().statusCode(201).extract().path("id");
        for (int day = 10; day <= 12; day++) {
            as("curator").body("""
                    {"sourceId": "%s", "url": "https://gazette-%s.example.am/%d", "title": "July %d", "body": "Report of July %d.",
                     "language": "en", "publishedAt": "2020-07-%dT09:00:00Z"}
                    """.formatted(source, run, day, day, day, day)).when().post("/articles").then().statusCode(201);
        }
        String unknown = UUID.randomUUID().toString();
        as("viewer").body("{\"ids\": [\"" + source + "\", \"" + unknown + "\", \"" + AZ_MOD + "\"], \"limitPerId\": 2}")
                .when().post("/sources/articles/by-sources")
                .then().statusCode(200)
                .body("results.sourceId", contains(source, AZ_MOD))
                .body("results[0].articles.title", contains("July 12", "July 11"))
                .body("missing", contains(unknown));
        as("viewer").body("{\"ids\": [\"" + TASS + "\"], \"limitPerId\": 0}").when().post("/sources/articles/by-sources")
                .then().statusCode(400).body("errors[0].field", equalTo("limitPerId"));
    }

    @Test
    void aSourceWithArticlesCannotBeDeleted() {
        as("admin").when().delete("/sources/" + TASS).then().statusCode(409).contentType("application/problem+json");
        as("viewer").when().get("/sources/" + TASS + "/articles").then().statusCode(200)
                .body("items.title", hasItem("Post-Soviet security bloc concerned by clashes on Armenian-Azeri border"));
        as("viewer").when().get("/sources/" + UUID.randomUUID() + "/articles").then().statusCode(404);
        as("viewer").queryParam("q", "ministry").when().get("/sources").then()
                .body("items.name", hasItem("Ministry of Foreign Affairs of Russia"))
                .body("items.name", not(hasItem("TASS")));
    }
}
