package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Importing UCDP events in bulk: created once, found again by UCDP id, unchanged by the same file,
 * updated by a newer version but never by an older one, fields the file lacks left alone, and a
 * curator's edit kept and reported rather than overwritten.
 */
@QuarkusTest
@EventsPlatformTest
class EventImportTest {

    static final String GOVERNMENT = "0a000000-0000-7000-8000-000000000024";
    static final String REBELS = "0a000000-0000-7000-8000-000000000027";
    static final String ARTICLE = "0d000000-0000-7000-8000-000000000001";
    private static final AtomicLong NEXT_ID = new AtomicLong(800_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 50_000_000L));

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    /** One GED-like event with UCDP's coding as a claim and a source citation as another. */
    static String item(long ucdpId, String version, String title, int best, String fields) {
        return """
                {"event": {"dateFrom": "2013-01-03", "disorderType": "POLITICAL_VIOLENCE", "title": "%s",
                   "location": {"country": "SYR", "admin1": "Idlib governorate", "place": "Rami village", "latitude": 35.76, "longitude": 36.56, "precision": "EXACT"},
                   "actors": [{"actorId": "%s", "side": "A"}, {"actorId": "%s", "side": "B"}],
                   "killed": {"low": %d, "best": %d, "high": %d},
                   "casualties": [{"group": "SIDE_B", "killed": {"best": %d}}],
                   "ucdp": {"eventId": %d, "relid": "SYR-2013-1-11973-99", "typeOfViolence": "STATE_BASED", "datePrecision": 1, "locationPrecision": 1, "version": "%s"},
                   "status": "PUBLISHED"},
                 %s
                 "claims": [
                   {"key": "ucdp-coding", "claim": {"articleId": "%s", "claimantActorId": "%s", "summary": "UCDP GED %s codes %d killed",
                     "figures": [{"group": "ALL", "killed": {"low": %d, "best": %d, "high": %d}}, {"group": "SIDE_B", "killed": {"best": %d}}]}},
                   {"key": "ucdp-source-1", "claim": {"articleId": "%s", "summary": "Reported by VDC"}}]}
                """.formatted(title, GOVERNMENT, REBELS, best, best, best, best, ucdpId, version, fields, ARTICLE, GOVERNMENT, version, best,
                best, best, best, best, ARTICLE);
    }

    static String batch(String... items) {
        return "{\"events\": [" + String.join(",", items) + "]}";
    }

    @Test
    void theSameFileTwiceCreatesOnceThenChangesNothing() {
        long a = NEXT_ID.incrementAndGet();
        long b = NEXT_ID.incrementAndGet();
        String body = batch(item(a, "23.1", "Clash at Rami " + a, 2, ""), item(b, "23.1", "Clash at Rami " + b, 3, ""));
        String id = as("admin").body(body).when().post("/events/bulk").then().statusCode(200)
                .body("results.ucdpEventId", contains((int) a, (int) b))
                .body("results.status", contains("CREATED", "CREATED"))
                .body("results.claimsWritten", contains(2, 2))
                .extract().path("results[0].id");
        int version = as("viewer").when().get("/events/" + id).then().statusCode(200)
                .body("ucdp.eventId", equalTo((int) a))
                .body("eventType", nullValue())
                .body("claimCount", equalTo(2))
                .extract().path("version");
        as("viewer").when().get("/events/" + id + "/claims").then().statusCode(200)
                .body("find { it.summary == 'Reported by VDC' }.claimantActorId", nullValue())
                .body("find { it.claimantActorId != null }.figures.group", contains("ALL", "SIDE_B"));

        as("admin").body(body).when().post("/events/bulk").then().statusCode(200)
                .body("results.status", contains("UNCHANGED", "UNCHANGED"))
                .body("results.claimsWritten", contains(0, 0))
                .body("results[0].id", equalTo(id));
        as("viewer").queryParam("ucdpEventId", a).when().get("/events").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].version", equalTo(version))
                .body("items[0].claimCount", equalTo(2));
    }

    /** New events are written in bulk, their first revision built without reading them back: it must be what reading gives. */
    @Test
    void anImportedEventsFirstRevisionIsTheEventAsItReadsBack() {
        long a = NEXT_ID.incrementAndGet();
        // COPY's own syntax (tab, newline, backslash) inside a value, as JSON escapes in the request.
        String id = as("admin").body(batch(item(a, "23.1", "Shelling of Rami\\ttab\\\\backslash\\nline " + a, 4, ""))).when().post("/events/bulk")
                .then().statusCode(200).body("results[0].status", equalTo("CREATED")).extract().path("results[0].id");
        Map<String, Object> stored = as("curator").when().get("/events/" + id).then().statusCode(200)
                .body("title", equalTo("Shelling of Rami\ttab\\backslash\nline " + a))
                .body("location.place", equalTo("Rami village"))
                .body("casualties[0].group", equalTo("SIDE_B"))
                .body("agreement.agree", equalTo(true))
                .extract().path("$");
        List<Map<String, Object>> history = as("curator").when().get("/events/" + id + "/history").then().statusCode(200)
                .body("version", contains(0))
                .body("changedBy", contains("admin"))
                .extract().path("$");
        assertThat(history.get(0).get("event")).isEqualTo(stored);
    }

    @Test
    void aNewerVersionUpdatesAnOlderOneDoesNotAndACuratorsEditIsKeptAndReported() {
        long a = NEXT_ID.incrementAndGet();
        String id = as("admin").body(batch(item(a, "22.1", "Clash at Rami " + a, 2, ""))).when().post("/events/bulk").then()
                .statusCode(200).extract().path("results[0].id");
        String curated = "Government forces and insurgents clash in Rami " + a;
        String event = as("viewer").when().get("/events/" + id).then().statusCode(200).extract().asString();
        as("curator").body(event.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"" + curated + "\""))
                .when().put("/events/" + id).then().statusCode(200);

        as("admin").body(batch(item(a, "23.1", "Clash at Rami village " + a, 5, ""))).when().post("/events/bulk").then().statusCode(200)
                .body("results[0].status", equalTo("UPDATED"))
                .body("results[0].changedFields", hasItems("killed", "casualties", "ucdp"))
                .body("results[0].changedFields", not(hasItem("title")))
                .body("results[0].keptEdits", contains("title"))
                .body("results[0].claimsWritten", equalTo(1));
        as("viewer").when().get("/events/" + id).then()
                .body("title", equalTo(curated))
                .body("killed.best", equalTo(5))
                .body("ucdp.version", equalTo("23.1"));

        as("admin").body(batch(item(a, "21.1", "Old title " + a, 9, ""))).when().post("/events/bulk").then().statusCode(200)
                .body("results[0].status", equalTo("OLDER_VERSION"))
                .body("results[0].changedFields", empty());
        as("viewer").when().get("/events/" + id).then().body("killed.best", equalTo(5)).body("ucdp.version", equalTo("23.1"));
    }

    @Test
    void fieldsTheFileDoesNotStateAreLeftAsStored() {
        long a = NEXT_ID.incrementAndGet();
        String id = as("admin").body(batch(item(a, "21.1", "Clash " + a, 2, ""))).when().post("/events/bulk").then()
                .statusCode(200).extract().path("results[0].id");
        String subset = item(a, "21.1", "Clash " + a, 4, "\"fields\": [\"killed\", \"title\", \"ucdp\"],")
                .replace("\"admin1\": \"Idlib governorate\", ", "");
        as("admin").body(batch(subset)).when().post("/events/bulk").then().statusCode(200)
                .body("results[0].changedFields", contains("killed"));
        as("viewer").when().get("/events/" + id).then()
                .body("killed.best", equalTo(4))
                .body("location.admin1", equalTo("Idlib governorate"))
                .body("casualties[0].killed.best", equalTo(2));
    }

    @Test
    void aBadBatchIsRefusedWholeNamingEachItemsField() {
        long a = NEXT_ID.incrementAndGet();
        String good = item(a, "23.1", "Clash " + a, 2, "");
        as("admin").body(batch(good, good)).when().post("/events/bulk").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("events[1].event.ucdp.eventId"));
        as("admin").body(batch(good, item(NEXT_ID.incrementAndGet(), "23.1", "x", 1, "").replace("\"disorderType\": \"POLITICAL_VIOLENCE\", ", "")))
                .when().post("/events/bulk").then().statusCode(400)
                .body("errors.field", contains("events[1].event.subEventType"));
        as("admin").body(batch(good.replace("\"fields\"", "\"x\"").replace("\"claims\"", "\"fields\": [\"colour\"], \"claims\"")))
                .when().post("/events/bulk").then().statusCode(400)
                .body("errors.field", contains("events[0].fields[0]"));
        as("admin").body(batch(good.replace(REBELS, UUID.randomUUID().toString()))).when().post("/events/bulk").then().statusCode(422)
                .body("errors.field", contains("events[0].event.actors[1].actorId"));
        as("viewer").queryParam("ucdpEventId", a).when().get("/events").then().body("items", empty());
        as("viewer").body(batch(good)).when().post("/events/bulk").then().statusCode(403);
    }

    @Test
    void aBatchOverTheLimitIsRefusedByThatLimit() {
        String tiny = "{\"event\": {\"dateFrom\": \"2013-01-03\", \"disorderType\": \"POLITICAL_VIOLENCE\", \"title\": \"t\", \"location\": {\"country\": \"SYR\"}}}";
        as("admin").body(batch(Collections.nCopies(1001, tiny).toArray(String[]::new))).when().post("/events/bulk").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("events"));
    }
}
