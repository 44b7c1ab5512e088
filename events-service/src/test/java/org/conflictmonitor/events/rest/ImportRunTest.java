package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/** The record of import runs: who started one, when, what it read and did, until it ends. */
@QuarkusTest
@EventsPlatformTest
class ImportRunTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    private String start() {
        return as("admin").body("{\"kind\": \"UCDP_GED\", \"file\": \"ucdp-ged-23.1-sample-1000.csv\", \"totalRows\": 1000}")
                .when().post("/imports").then().statusCode(201)
                .body("state", equalTo("RUNNING"))
                .body("startedBy", equalTo("admin"))
                .body("startedAt", notNullValue())
                .body("finishedAt", nullValue())
                .extract().path("id");
    }

    @Test
    void aRunReportsItsProgressAndEndsWithItsCountsAndBadRows() {
        String id = start();
        as("admin").body("""
                {"state": "RUNNING", "rowsRead": 500, "created": 499, "updated": 0, "unchanged": 0, "olderVersion": 0, "badRows": 1, "flaggedRows": 3,
                 "errors": [{"row": 17, "column": "date_start", "reason": "is not a date: 2013-02-30"}], "keptEdits": []}""")
                .when().post("/imports/" + id + "/progress").then().statusCode(200)
                .body("rowsRead", equalTo(500))
                .body("state", equalTo("RUNNING"));
        as("admin").body("""
                {"state": "SUCCEEDED", "rowsRead": 1000, "created": 998, "updated": 0, "unchanged": 0, "olderVersion": 0, "badRows": 2, "flaggedRows": 13,
                 "errors": [{"row": 901, "column": null, "reason": "has 3 cells, not 49"}],
                 "keptEdits": [{"ucdpEventId": 300380, "eventId": "0e000000-0000-7000-8000-000000000001", "field": "title"}]}""")
                .when().post("/imports/" + id + "/progress").then().statusCode(200);

        as("admin").when().get("/imports/" + id).then().statusCode(200)
                .body("state", equalTo("SUCCEEDED"))
                .body("finishedAt", notNullValue())
                .body("created", equalTo(998))
                .body("badRows", equalTo(2))
                .body("errors.row", contains(17, 901))
                .body("errors.column", contains("date_start", null))
                .body("keptEdits[0].field", equalTo("title"));
        as("admin").when().get("/imports?limit=100").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aFinishedRunTakesNoMoreReports() {
        String id = start();
        as("admin").body("{\"state\": \"FAILED\", \"rowsRead\": 10, \"created\": 0, \"updated\": 0, \"unchanged\": 0, \"olderVersion\": 0, \"badRows\": 0,"
                + " \"flaggedRows\": 0, \"failure\": \"events-service answered 503\"}")
                .when().post("/imports/" + id + "/progress").then().statusCode(200).body("failure", equalTo("events-service answered 503"));
        as("admin").body("{\"state\": \"RUNNING\", \"rowsRead\": 20, \"created\": 0, \"updated\": 0, \"unchanged\": 0, \"olderVersion\": 0, \"badRows\": 0,"
                + " \"flaggedRows\": 0}")
                .when().post("/imports/" + id + "/progress").then().statusCode(409)
                .contentType("application/problem+json");
        as("admin").when().get("/imports/" + id).then().body("rowsRead", equalTo(10));
    }

    @Test
    void anInvalidReportNamesItsField() {
        String id = start();
        as("admin").body("{\"state\": \"PAUSED\", \"rowsRead\": -1}").when().post("/imports/" + id + "/progress").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("state")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("rowsRead")));
    }

    @Test
    void onlyAdminsSeeOrStartRuns() {
        as("curator").when().get("/imports").then().statusCode(403);
        as("curator").body("{\"kind\": \"UCDP_ACD\", \"file\": \"acd.csv\"}").when().post("/imports").then().statusCode(403);
        given().when().get("/imports").then().statusCode(401);
    }
}
