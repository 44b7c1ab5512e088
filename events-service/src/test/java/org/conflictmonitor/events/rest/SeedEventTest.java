package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The seed article as analysts read it back, saying what the article says and no more: the clash
 * with both defence ministries' accounts side by side, contested on who started it and what
 * happened, each ministry's count of its own side's losses complementing the other's; the reactions
 * linked to it; the conflict with its background.
 */
@QuarkusTest
@EventsPlatformTest
class SeedEventTest {

    static final String CLASH = "0e000000-0000-7000-8000-000000000001";
    static final String CONFLICT = "0f000000-0000-7000-8000-000000000001";
    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";
    static final String AZ_MOD = "0a000000-0000-7000-8000-000000000023";
    static final String ARM_PRESS = "0a000000-0000-7000-8000-000000000026";
    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String ARM_FORCES = "0a000000-0000-7000-8000-000000000027";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification viewer() {
        return given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON);
    }

    @Test
    void theClashKeepsBothAccountsAndIsContestedOnInitiatorAndActOnly() {
        viewer().when().get("/events/" + CLASH).then().statusCode(200)
                .body("code", startsWith("AZE-2020-"))
                .body("conflictId", equalTo(CONFLICT))
                .body("disorderType", equalTo("POLITICAL_VIOLENCE"))
                .body("eventType", equalTo("BATTLES"))
                .body("subEventType", equalTo("ARMED_CLASH"))
                .body("location.admin1", equalTo("Tovuz"))
                .body("claimCount", equalTo(2))
                .body("agreement.agree", equalTo(false))
                .body("agreement.contested", containsInAnyOrder("INITIATOR", "SUB_EVENT_TYPE"))
                .body("agreement.fields.find { it.field == 'INITIATOR' }.values.value", containsInAnyOrder(AZ_FORCES, ARM_FORCES))
                .body("agreement.fields.find { it.field == 'SUB_EVENT_TYPE' }.values.value",
                        containsInAnyOrder("SHELLING_ARTILLERY_MISSILE_ATTACK", "ARMED_CLASH"))
                .body("agreement.fields.findAll { it.field == 'KILLED' || it.field == 'INJURED' }.agree", everyItem(equalTo(true)))
                .body("agreement.fields.findAll { it.field == 'KILLED' }.group", contains("SIDE_A"))
                .body("linkedFrom.type", contains("REACTION_TO", "REACTION_TO", "REACTION_TO"));
        viewer().when().get("/events/" + CLASH + "/claims").then().statusCode(200)
                .body("", hasSize(2))
                .body("articleId", contains(SEED_ARTICLE, SEED_ARTICLE))
                .body("claimantActorId", contains(AZ_MOD, ARM_PRESS))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.figures", hasSize(1))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.figures[0].group", equalTo("SIDE_A"))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.figures[0].personnel", equalTo("MILITARY"))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.figures[0].killed.best", equalTo(4))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.figures[0].injured.best", equalTo(4))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.initiatorActorId", equalTo(ARM_FORCES))
                .body("find { it.claimantActorId == '" + AZ_MOD + "' }.subEventType", equalTo("SHELLING_ARTILLERY_MISSILE_ATTACK"))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.figures.personnel", contains("MILITARY", "POLICE_SECURITY"))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.figures.group", everyItem(equalTo("SIDE_B")))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.figures.injured.best", contains(3, 2))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.figures.injurySeverity", everyItem(equalTo("LIGHT")))
                // The Armenian ministry said nothing of killed: not stated is null, never 0.
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.figures.killed", everyItem(nullValue()))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.initiatorActorId", equalTo(AZ_FORCES))
                .body("find { it.claimantActorId == '" + ARM_PRESS + "' }.subEventType", equalTo("ARMED_CLASH"));
    }

    @Test
    void theClashShowsTheArmenianWoundedAsPoliceAndMilitaryLightlyWoundedAndNoInventedKilled() {
        viewer().when().get("/events/" + CLASH).then().statusCode(200)
                .body("killed.best", equalTo(4))
                .body("casualties.find { it.group == 'SIDE_A' }.killed.best", equalTo(4))
                .body("casualties.findAll { it.group == 'SIDE_B' }.personnel", contains("MILITARY", "POLICE_SECURITY"))
                .body("casualties.findAll { it.group == 'SIDE_B' }.injured.best", contains(3, 2))
                .body("casualties.findAll { it.group == 'SIDE_B' }.injurySeverity", everyItem(equalTo("LIGHT")))
                .body("casualties.findAll { it.group == 'SIDE_B' }.killed", everyItem(nullValue()));
    }

    @Test
    void theConflictCarriesItsPartiesAndBackground() {
        viewer().when().get("/conflicts/" + CONFLICT).then().statusCode(200)
                .body("name", equalTo("Nagorno-Karabakh conflict"))
                .body("ucdpConflictId", equalTo(388))
                .body("parties.side", containsInAnyOrder("A", "B"))
                .body("timeline.title", hasItem("War over Nagorno-Karabakh"))
                .body("timeline[0].dateFrom", equalTo("1988-02-01"))
                .body("timeline.find { it.title == 'War over Nagorno-Karabakh' }.dateTo", equalTo("1994-12-31"))
                .body("timeline[0].precision", equalTo("MONTH"));
    }

    @Test
    void eventsOfManyActorsAndArticlesComeInOneCall() {
        viewer().body("{\"ids\": [\"" + AZ_FORCES + "\", \"0a000000-0000-7000-8000-000000000018\"]}")
                .when().post("/events/by-actors").then().statusCode(200)
                .body("results.id", contains(AZ_FORCES, "0a000000-0000-7000-8000-000000000018"))
                .body("results[0].events.id", hasItem(CLASH))
                .body("results[1].events.title", hasItem(startsWith("Lavrov")));
        viewer().body("{\"ids\": [\"" + CONFLICT + "\"], \"eventType\": \"BATTLES\"}")
                .when().post("/events/by-conflicts").then().statusCode(200)
                .body("results[0].id", equalTo(CONFLICT))
                .body("results[0].events.id", contains(CLASH));
        viewer().body("{\"ids\": [\"" + SEED_ARTICLE + "\"]}")
                .when().post("/events/by-articles").then().statusCode(200)
                .body("results[0].events.id", hasItems(CLASH, "0e000000-0000-7000-8000-000000000002",
                        "0e000000-0000-7000-8000-000000000003", "0e000000-0000-7000-8000-000000000004"));
        viewer().body("{\"ids\": [\"" + CLASH + "\", \"" + java.util.UUID.randomUUID() + "\"]}")
                .when().post("/events/lookup").then().statusCode(200)
                .body("items.id", contains(CLASH)).body("missing", hasSize(1));
    }

    @Test
    void eventsOfManyActorsCanBeNarrowedByPeriodAndType() {
        String lavrov = "0a000000-0000-7000-8000-000000000018";
        viewer().body("{\"ids\": [\"" + AZ_FORCES + "\", \"" + lavrov + "\"], \"eventType\": \"BATTLES\"}")
                .when().post("/events/by-actors").then().statusCode(200)
                .body("results[0].events.id", contains(CLASH))
                .body("results[1].events", hasSize(0));
        viewer().body("{\"ids\": [\"" + AZ_FORCES + "\"], \"from\": \"2021-01-01\"}")
                .when().post("/events/by-actors").then().statusCode(200)
                .body("results[0].events", hasSize(0));
        viewer().body("{\"ids\": [\"" + AZ_FORCES + "\"], \"from\": \"2020-07-01\", \"to\": \"2020-07-31\"}")
                .when().post("/events/by-actors").then().statusCode(200)
                .body("results[0].events.id", hasItem(CLASH));
        viewer().body("{\"ids\": [\"" + AZ_FORCES + "\"], \"eventType\": \"FIGHTS\"}")
                .when().post("/events/by-actors").then().statusCode(400)
                .body("errors.field", hasItem("eventType"));
    }

    @Test
    void claimsAreFoundByIdInTheOrderAskedAndDraftsOnesOnlyByCurators() {
        java.util.List<String> ids = viewer().when().get("/events/" + CLASH + "/claims").then().statusCode(200).extract().path("id");
        String unknown = java.util.UUID.randomUUID().toString();
        viewer().body("{\"ids\": [\"" + ids.get(1) + "\", \"" + ids.get(0) + "\", \"" + unknown + "\"]}")
                .when().post("/events/claims/lookup").then().statusCode(200)
                .body("items.id", contains(ids.get(1), ids.get(0)))
                .body("items[1].claimantActorId", equalTo(AZ_MOD))
                .body("missing", contains(unknown));

        RequestSpecification curator = given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON);
        String draft = curator.body("""
                {"dateFrom": "2020-07-13", "subEventType": "ARMED_CLASH", "title": "Draft clash for the claim lookup",
                 "location": {"country": "AZE"}, "status": "DRAFT", "actors": [{"actorId": "%s", "side": "A"}]}
                """.formatted(AZ_FORCES)).when().post("/events").then().statusCode(201).extract().path("id");
        String claim = given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body("""
                {"articleId": "%s", "claimantActorId": "%s", "summary": "A draft's claim", "credibility": 3}
                """.formatted(SEED_ARTICLE, AZ_MOD)).when().post("/events/" + draft + "/claims").then().statusCode(201).extract().path("id");
        viewer().body("{\"ids\": [\"" + claim + "\"]}").when().post("/events/claims/lookup").then().statusCode(200)
                .body("items", hasSize(0)).body("missing", contains(claim));
        given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body("{\"ids\": [\"" + claim + "\"]}")
                .when().post("/events/claims/lookup").then().statusCode(200)
                .body("items.id", contains(claim));
    }

    @Test
    void claimsOfManyEventsComeInOneCallInTheOrderAsked() {
        String reaction = "0e000000-0000-7000-8000-000000000002";
        String unknown = java.util.UUID.randomUUID().toString();
        viewer().body("{\"ids\": [\"" + reaction + "\", \"" + CLASH + "\", \"" + unknown + "\"]}")
                .when().post("/events/claims/by-events").then().statusCode(200)
                .body("results.eventId", contains(reaction, CLASH))
                .body("results[1].claims.claimantActorId", contains(AZ_MOD, ARM_PRESS))
                .body("missing", contains(unknown));
        viewer().body("{\"ids\": []}").when().post("/events/claims/by-events").then().statusCode(400)
                .body("errors.field", hasItem("ids"));
    }
}
