package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Conflicts as a client sees them: listed by name page by page, updated with versions, deleted
 * without taking their events along.
 */
@QuarkusTest
@EventsPlatformTest
class ConflictApiTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    String create(String name) {
        return as("curator").body("{\"name\": \"" + name + "\", \"type\": \"NON_STATE\"}").when().post("/conflicts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void conflictsPageByNameWithoutCase() {
        String run = "Paging conflict " + UUID.randomUUID().toString().substring(0, 8);
        List.of("delta", "Alpha", "charlie", "Bravo").forEach(n -> create(run + " " + n));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification r = as("viewer").queryParam("q", run).queryParam("limit", 3);
            if (cursor != null) {
                r.queryParam("cursor", cursor);
            }
            ValidatableResponse page = r.when().get("/conflicts").then().statusCode(200);
            seen.addAll(page.extract().path("items.name"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(run + " Alpha", run + " Bravo", run + " charlie", run + " delta");

        List<String> cursors = as("viewer").queryParam("q", run).when().get("/conflicts").then().extract().path("cursors");
        ValidatableResponse nearest = as("viewer").queryParam("q", run).queryParam("before", cursors.get(3)).queryParam("limit", 2)
                .when().get("/conflicts").then().statusCode(200).body("items.name", contains(run + " Bravo", run + " charlie"));
        as("viewer").queryParam("q", run).queryParam("before", nearest.extract().<String>path("previousCursor"))
                .when().get("/conflicts").then().statusCode(200)
                .body("items.name", contains(run + " Alpha")).body("previousCursor", nullValue());
        as("viewer").queryParam("q", run).when().get("/conflicts/count").then().statusCode(200).body("value", equalTo(4)).body("exact", equalTo(true));
        as("viewer").queryParam("q", run).queryParam("bound", 3).when().get("/conflicts/count")
                .then().statusCode(200).body("exact", equalTo(false)).body("value", org.hamcrest.Matchers.greaterThan(3));
    }

    @Test
    void updatesNeedTheCurrentVersionAndNamesStayUnique() {
        String name = "Versioned conflict " + UUID.randomUUID();
        String id = create(name);
        as("curator").body("{\"name\": \"" + name + "\", \"type\": \"INTRASTATE\", \"version\": 0}").when().put("/conflicts/" + id)
                .then().statusCode(200).body("type", equalTo("INTRASTATE")).body("version", equalTo(1));
        as("curator").body("{\"name\": \"" + name + "\", \"type\": \"ONE_SIDED\", \"version\": 0}").when().put("/conflicts/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        as("curator").body("{\"name\": \"" + name.toUpperCase() + "\", \"type\": \"NON_STATE\"}").when().post("/conflicts")
                .then().statusCode(409);
        as("viewer").body("{\"ids\": [\"" + id + "\"]}").when().post("/conflicts/lookup")
                .then().statusCode(200).body("items.type", contains("INTRASTATE"));
    }

    @Test
    void deletingAConflictKeepsItsEvents() {
        String conflict = create("Short-lived conflict " + UUID.randomUUID());
        String event = as("curator").body("""
                {"conflictId": "%s", "dateFrom": "2021-03-01", "subEventType": "AGREEMENT", "title": "Ceasefire agreed",
                 "location": {"country": "ARM"}, "status": "PUBLISHED"}
                """.formatted(conflict)).when().post("/events").then().statusCode(201).extract().path("id");
        as("curator").when().delete("/conflicts/" + conflict).then().statusCode(403);
        as("admin").when().delete("/conflicts/" + conflict).then().statusCode(204);
        as("viewer").when().get("/conflicts/" + conflict).then().statusCode(404);
        as("viewer").when().get("/events/" + event).then().statusCode(200).body("conflictId", nullValue());
    }

    @Test
    void linksToUnknownEventsAre422() {
        as("curator").body("""
                {"dateFrom": "2021-03-01", "subEventType": "OTHER", "title": "Reaction to nothing", "location": {"country": "ARM"},
                 "links": [{"type": "REACTION_TO", "eventId": "%s"}]}
                """.formatted(UUID.randomUUID())).when().post("/events")
                .then().statusCode(422).body("errors[0].field", equalTo("links[0].eventId"));
    }

    @Test
    void anUpdateKeepsTheUcdpYearsUnlessItSendsThem() {
        int ucdpId = ConflictBulkTest.UCDP_IDS.incrementAndGet();
        String name = "UCDP years conflict " + ucdpId;
        String years = "[" + ConflictBulkTest.yearJson(2020, "WAR") + ", " + ConflictBulkTest.yearJson(2021, "MINOR") + "]";
        String id = as("curator").body("""
                {"name": "%s", "type": "INTERNATIONALISED_INTRASTATE", "ucdpConflictId": %d, "ucdpName": "Azerbaijan: Artsakh (Nagorno-Karabakh)",
                 "incompatibility": "TERRITORY", "territoryName": "Artsakh (Nagorno-Karabakh)", "location": ["Azerbaijan"], "ucdpYears": %s}
                """.formatted(name, ucdpId, years)).when().post("/conflicts")
                .then().statusCode(201).body("ucdpYears.year", contains(2020, 2021)).body("incompatibility", equalTo("TERRITORY"))
                .extract().path("id");
        as("curator").body("""
                {"name": "%s", "type": "INTERNATIONALISED_INTRASTATE", "ucdpConflictId": %d, "version": 0}
                """.formatted(name, ucdpId)).when().put("/conflicts/" + id)
                .then().statusCode(200)
                .body("ucdpYears.year", contains(2020, 2021))
                .body("ucdpYears[1].intensityLevel", equalTo("MINOR"))
                .body("incompatibility", nullValue()).body("territoryName", nullValue()).body("location", empty());
        as("curator").body("""
                {"name": "%s", "type": "INTERNATIONALISED_INTRASTATE", "ucdpConflictId": %d, "version": 1, "ucdpYears": [%s]}
                """.formatted(name, ucdpId, ConflictBulkTest.yearJson(2022, "MINOR"))).when().put("/conflicts/" + id)
                .then().statusCode(200).body("ucdpYears.year", contains(2022)).body("version", equalTo(2));
    }

    @Test
    void aTimelineEntryEndingBeforeItStartsIsRefusedByField() {
        as("curator").body("""
                {"name": "Backwards %s", "type": "NON_STATE",
                 "timeline": [{"dateFrom": "2001-01-01", "dateTo": "2000-12-31", "precision": "DAY", "title": "Backwards"}]}
                """.formatted(UUID.randomUUID()))
                .when().post("/conflicts").then().statusCode(400)
                .body("errors.field", contains("timeline[0].dateTo"));
    }
}
