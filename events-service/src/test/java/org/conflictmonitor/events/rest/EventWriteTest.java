package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Writing events and claims: ids checked against the real actors and sources services with the
 * caller's token, classification and estimates validated, drafts hidden from viewers.
 */
@QuarkusTest
@EventsPlatformTest
class EventWriteTest {

    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String ARM_FORCES = "0a000000-0000-7000-8000-000000000027";
    static final String AZ_MOD = "0a000000-0000-7000-8000-000000000023";
    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String event(String status, String actorId, String extra) {
        return """
                {"dateFrom": "2020-07-16", "subEventType": "SHELLING_ARTILLERY_MISSILE_ATTACK", "title": "Shelling of border villages %s",
                 "location": {"country": "AZE", "admin1": "Tovuz", "place": "Agdam village", "latitude": 41.05, "longitude": 45.55, "precision": "NEAR"},
                 "actors": [{"actorId": "%s", "side": "A"}], "killed": {"low": 1, "best": 1, "high": 2}, "tags": ["shelling"],
                 "status": "%s" %s}
                """.formatted(UUID.randomUUID(), actorId, status, extra);
    }

    /**
     * An event's actors and casualties come in one order wherever they are read (the write's answer,
     * the event, a list): side A before B, the primary actor first, casualties by group; not as sent.
     */
    @Test
    void anEventsPartsComeInOneOrderWhereverTheyAreRead() {
        String tag = "order-" + UUID.randomUUID();
        String body = """
                {"dateFrom": "2020-07-16", "subEventType": "SHELLING_ARTILLERY_MISSILE_ATTACK", "title": "Parts in order", "location": {"country": "AZE"},
                 "status": "PUBLISHED", "tags": ["%s"],
                 "actors": [{"actorId": "%s", "side": "B"}, {"actorId": "%s", "side": "A", "role": "ASSOCIATED"}, {"actorId": "%s", "side": "A"}],
                 "casualties": [{"group": "UNKNOWN", "killed": {"best": 1}}, {"group": "SIDE_A", "killed": {"best": 2}}]}
                """.formatted(tag, ARM_FORCES, AZ_MOD, AZ_FORCES);
        String id = as("curator").body(body).when().post("/events").then().statusCode(201)
                .body("actors.actorId", contains(AZ_FORCES, AZ_MOD, ARM_FORCES))
                .body("casualties.group", contains("SIDE_A", "UNKNOWN"))
                .extract().path("id");
        as("viewer").when().get("/events/" + id).then().statusCode(200)
                .body("actors.actorId", contains(AZ_FORCES, AZ_MOD, ARM_FORCES))
                .body("casualties.group", contains("SIDE_A", "UNKNOWN"));
        as("viewer").queryParam("tag", tag).when().get("/events").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].actors.actorId", contains(AZ_FORCES, AZ_MOD, ARM_FORCES))
                .body("items[0].casualties.group", contains("SIDE_A", "UNKNOWN"));
    }

    @Test
    void aCuratorCreatesAnEventWithACodeAndTheTripleDerived() {
        as("curator").body(event("PUBLISHED", ARM_FORCES, "")).when().post("/events").then().statusCode(201)
                .body("code", matchesPattern("AZE-2020-\\d{6}"))
                .body("eventType", equalTo("EXPLOSIONS_REMOTE_VIOLENCE"))
                .body("disorderType", equalTo("POLITICAL_VIOLENCE"))
                .body("createdBy", equalTo("curator"))
                .body("agreement.agree", equalTo(true));
    }

    /** A period scan starts as far before the period as the longest event lasts: one stored now counts at once. */
    @Test
    void anEventLastingMonthsIsFoundByAPeriodOverlappingItsEndInListStatisticsAndExport() {
        String id = as("curator").body(event("PUBLISHED", AZ_FORCES, ", \"dateTo\": \"2020-12-31\"")).when().post("/events")
                .then().statusCode(201).extract().path("id");

        as("viewer").queryParam("from", "2020-12-01").queryParam("to", "2020-12-31").when().get("/events")
                .then().statusCode(200).body("items.id", hasItem(id));
        as("viewer").queryParam("from", "2020-12-01").queryParam("to", "2020-12-31").queryParam("groupBy", "COUNTRY")
                .when().get("/events/stats").then().statusCode(200).body("find { it.key == 'AZE' }.events", greaterThanOrEqualTo(1));
        String csv = as("viewer").queryParam("from", "2020-12-01").queryParam("to", "2020-12-31").when().get("/events/export.csv")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).contains(id);
    }

    @Test
    void unknownActorIdsAreA422NamingEach() {
        String unknown = UUID.randomUUID().toString();
        as("curator").body(event("DRAFT", unknown, ", \"conflictId\": \"" + UUID.randomUUID() + "\""))
                .when().post("/events").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("actors[0].actorId", "conflictId"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString(unknown)));
    }

    @Test
    void anInconsistentTripleOrDisorderedEstimateIs400() {
        as("curator").body(event("DRAFT", AZ_FORCES, ", \"eventType\": \"PROTESTS\"").replace("\"high\": 2", "\"high\": 0"))
                .when().post("/events").then().statusCode(400)
                .body("errors.field", hasItem("killed.ordered"));
        as("curator").body(event("DRAFT", AZ_FORCES, ", \"eventType\": \"PROTESTS\"")).when().post("/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("eventType"));
        as("curator").body("{\"dateFrom\": \"2020-07-16\", \"dateTo\": \"2020-07-01\", \"subEventType\": \"DANCE\", \"title\": \"\", \"location\": {\"country\": \"XX\", \"latitude\": 91}}")
                .when().post("/events").then().statusCode(400)
                .body("errors.field", hasItem("subEventType"))
                .body("errors.field", hasItem("location.country"))
                .body("errors.field", hasItem("location.latitude"))
                .body("errors.field", hasItem("title"));
    }

    @Test
    void draftsAreHiddenFromViewersAndStaleUpdatesConflict() {
        String id = as("curator").body(event("DRAFT", AZ_FORCES, "")).when().post("/events").then().statusCode(201)
                .extract().path("id");
        as("viewer").when().get("/events/" + id).then().statusCode(404);
        as("viewer").queryParam("tag", "shelling").when().get("/events").then().body("items.id", not(hasItem(id)));
        as("curator").when().get("/events/" + id).then().statusCode(200);
        as("curator").body(event("PUBLISHED", AZ_FORCES, ", \"version\": 0")).when().put("/events/" + id).then().statusCode(200)
                .body("version", equalTo(1));
        as("curator").body(event("DRAFT", AZ_FORCES, ", \"version\": 0")).when().put("/events/" + id).then().statusCode(409);
        as("viewer").when().get("/events/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as("curator").when().get("/events/" + id + "/history").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(0, 1))
                .body("changedBy", org.hamcrest.Matchers.contains("curator", "curator"))
                .body("[1].changedFields", org.hamcrest.Matchers.hasItems("status", "title"))
                .body("[1].changedFields", not(hasItem("location")))
                .body("[0].event.status", equalTo("DRAFT"))
                .body("[1].event.status", equalTo("PUBLISHED"));
        as("viewer").when().get("/events/" + id + "/history").then().statusCode(403);
    }

    @Test
    void aDraftIsPublishedByItsStatusAloneWithTheVersionItWasReviewedAt() {
        String id = as("curator").body(event("DRAFT", AZ_FORCES, "")).when().post("/events").then().statusCode(201)
                .extract().path("id");
        String title = as("curator").when().get("/events/" + id).then().extract().path("title");
        as("viewer").body("{\"status\": \"PUBLISHED\", \"version\": 0}").when().put("/events/" + id + "/status").then().statusCode(403);
        as("curator").body("{\"status\": \"PUBLISHED\", \"version\": 0}").when().put("/events/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("version", equalTo(1)).body("title", equalTo(title));
        as("curator").body("{\"status\": \"RETRACTED\", \"version\": 0}").when().put("/events/" + id + "/status").then().statusCode(409);
        as("curator").body("{\"status\": \"GONE\"}").when().put("/events/" + id + "/status").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "version"));
        as("viewer").when().get("/events/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as("curator").when().get("/events/" + id + "/history").then().statusCode(200)
                .body("[1].changedFields", org.hamcrest.Matchers.contains("status"));
    }

    @Test
    void claimsAreCheckedAgainstTheOtherServicesAndChangeTheAgreement() {
        String id = as("curator").body(event("PUBLISHED", AZ_FORCES, "")).when().post("/events").then().statusCode(201)
                .extract().path("id");
        String claim = """
                {"articleId": "%s", "claimantActorId": "%s", "summary": "%s", "figures": [{"group": "SIDE_A", "killed": {"best": %d}}], "credibility": 3}
                """;
        as("curator").body(claim.formatted(UUID.randomUUID(), UUID.randomUUID(), "Bad ids", 1))
                .when().post("/events/" + id + "/claims").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("articleId", "claimantActorId"));
        as("viewer").body(claim.formatted(SEED_ARTICLE, AZ_MOD, "Viewer", 1))
                .when().post("/events/" + id + "/claims").then().statusCode(403);
        as("curator").body(claim.formatted(SEED_ARTICLE, AZ_MOD, "One killed", 1))
                .when().post("/events/" + id + "/claims").then().statusCode(201).body("createdBy", equalTo("curator"));
        as("viewer").when().get("/events/" + id).then().body("agreement.agree", equalTo(true)).body("claimCount", equalTo(1));
        as("curator").body(claim.formatted(SEED_ARTICLE, ARM_FORCES, "Three killed", 3))
                .when().post("/events/" + id + "/claims").then().statusCode(201);
        as("viewer").when().get("/events/" + id).then()
                .body("agreement.agree", equalTo(false))
                .body("agreement.contested", containsInAnyOrder("KILLED"))
                .body("claimCount", equalTo(2));
    }

    @Test
    void conflictsNameUnknownPartiesAndKeepTheirTimelineInOrder() {
        as("curator").body("""
                {"name": "Border dispute %s", "type": "INTERSTATE", "parties": [{"actorId": "%s", "side": "A"}, {"actorId": "%s", "side": "B"}],
                 "timeline": [{"dateFrom": "2001-01-01", "precision": "YEAR", "title": "Later"}, {"dateFrom": "1999-05-01", "precision": "MONTH", "title": "Earlier"}]}
                """.formatted(UUID.randomUUID(), AZ_FORCES, UUID.randomUUID()))
                .when().post("/conflicts").then().statusCode(422).body("errors.field", containsInAnyOrder("parties[1].actorId"));
        as("curator").body("""
                {"name": "Border dispute %s", "type": "INTERSTATE", "parties": [{"actorId": "%s", "side": "A"}],
                 "timeline": [{"dateFrom": "2001-01-01", "precision": "YEAR", "title": "Later"}, {"dateFrom": "1999-05-01", "precision": "MONTH", "title": "Earlier"}]}
                """.formatted(UUID.randomUUID(), AZ_FORCES))
                .when().post("/conflicts").then().statusCode(201).body("timeline.title", org.hamcrest.Matchers.contains("Earlier", "Later"));
    }

    @Test
    void aClaimsFiguresKeepTheirScopeAndWhatWasNotStatedStaysNull() {
        String id = as("curator").body(event("PUBLISHED", AZ_FORCES, "")).when().post("/events").then().statusCode(201)
                .extract().path("id");
        as("curator").body("""
                {"articleId": "%s", "claimantActorId": "%s", "summary": "Two policemen lightly wounded", "subEventType": "ARMED_CLASH",
                 "figures": [{"group": "SIDE_B", "personnel": "POLICE_SECURITY", "injured": {"best": 2}, "injurySeverity": "LIGHT"},
                             {"group": "CIVILIANS", "killed": {"best": 0}}]}
                """.formatted(SEED_ARTICLE, AZ_MOD))
                .when().post("/events/" + id + "/claims").then().statusCode(201)
                .body("subEventType", equalTo("ARMED_CLASH"))
                .body("figures[0].personnel", equalTo("POLICE_SECURITY"))
                .body("figures[0].injurySeverity", equalTo("LIGHT"))
                .body("figures[0].killed", nullValue())
                .body("figures[1].killed.best", equalTo(0))
                .body("figures[1].injured", nullValue());
    }

    @Test
    void figuresThatCountAScopeTwiceStateNothingOrQualifyNothingAreRefusedByName() {
        String id = as("curator").body(event("PUBLISHED", AZ_FORCES, "")).when().post("/events").then().statusCode(201)
                .extract().path("id");
        as("curator").body("""
                {"articleId": "%s", "claimantActorId": "%s", "summary": "Twice", "figures": [
                  {"group": "SIDE_A", "personnel": "MILITARY", "killed": {"best": 4}}, {"group": "SIDE_A", "personnel": "MILITARY", "killed": {"best": 5}}]}
                """.formatted(SEED_ARTICLE, AZ_MOD))
                .when().post("/events/" + id + "/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("figures"));
        as("curator").body("""
                {"articleId": "%s", "claimantActorId": "%s", "summary": "Nothing", "figures": [
                  {"group": "SIDE_A"}, {"group": "SIDE_B", "killed": {"best": 1}, "injurySeverity": "LIGHT"}, {"group": "OURS", "killed": {"best": 1}}]}
                """.formatted(SEED_ARTICLE, AZ_MOD))
                .when().post("/events/" + id + "/claims").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("figures[0].killed", "figures[1].injurySeverity", "figures[2].group"));
        as("curator").body(event("PUBLISHED", AZ_FORCES, """
                , "casualties": [{"group": "ALL", "killed": {"best": 3}}]"""))
                .when().post("/events").then().statusCode(400).body("errors.field", containsInAnyOrder("casualties"));
        as("curator").body(event("PUBLISHED", AZ_FORCES, """
                , "casualties": [{"group": "SIDE_A", "killed": {"best": 1}}, {"group": "SIDE_A", "personnel": "MILITARY", "killed": {"best": 1}}]"""))
                .when().post("/events").then().statusCode(201)
                .body("casualties.personnel", contains(null, "MILITARY"));
    }

    @Test
    void anEventFromUcdpKeepsItsCodingIsFoundByItsUcdpIdAndLeavesTheActUnsaidWhereUcdpDoes() {
        long ucdpId = 900_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L);
        String body = """
                {"dateFrom": "2013-01-03", "disorderType": "POLITICAL_VIOLENCE", "title": "Government of Syria - Syrian insurgents %s",
                 "location": {"country": "SYR", "admin1": "Idlib governorate", "place": "Rami village", "latitude": 35.763369, "longitude": 36.558974, "precision": "EXACT"},
                 "actors": [{"actorId": "%s", "side": "A"}], "killed": {"low": 2, "best": 2, "high": 2},
                 "casualties": [{"group": "SIDE_A", "killed": {"best": 0}}, {"group": "SIDE_B", "killed": {"best": 2}},
                                {"group": "CIVILIANS", "killed": {"best": 0}}, {"group": "UNKNOWN", "killed": {"best": 0}}],
                 "ucdp": {"eventId": %d, "relid": "SYR-2013-1-11973-99", "typeOfViolence": "STATE_BASED", "datePrecision": 1, "locationPrecision": 1,
                          "version": "23.1", "attributes": [{"column": "priogrid_gid", "value": "181154"}, {"column": "gwnob", "value": ""}]},
                 "status": "PUBLISHED"}
                """.formatted(UUID.randomUUID(), AZ_FORCES, ucdpId);
        as("curator").body(body).when().post("/events").then().statusCode(201)
                .body("disorderType", equalTo("POLITICAL_VIOLENCE"))
                .body("eventType", nullValue())
                .body("subEventType", nullValue())
                .body("ucdp.eventId", equalTo((int) ucdpId))
                .body("ucdp.relid", equalTo("SYR-2013-1-11973-99"))
                .body("ucdp.typeOfViolence", equalTo("STATE_BASED"))
                .body("ucdp.attributes.find { it.column == 'priogrid_gid' }.value", equalTo("181154"))
                .body("ucdp.attributes.find { it.column == 'gwnob' }.value", equalTo(""))
                .body("casualties.group", contains("SIDE_A", "SIDE_B", "CIVILIANS", "UNKNOWN"));
        as("viewer").queryParam("ucdpEventId", ucdpId).when().get("/events").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].ucdp.eventId", equalTo((int) ucdpId));
        as("curator").body(body).when().post("/events").then().statusCode(409);
        as("viewer").queryParam("ucdpEventId", 0).when().get("/events").then().statusCode(400)
                .body("errors.field", hasItem("ucdpEventId"));
    }

    @Test
    void anEventWithNoClassificationAtAllIsRefusedNamingTheSubEventType() {
        as("curator").body(event("PUBLISHED", AZ_FORCES, "").replace("\"subEventType\": \"SHELLING_ARTILLERY_MISSILE_ATTACK\", ", ""))
                .when().post("/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("subEventType"));
    }
}
