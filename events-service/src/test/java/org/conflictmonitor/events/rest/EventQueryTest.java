package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The event query, statistics and exports under the filters analysts combine.
 */
@QuarkusTest
@EventsPlatformTest
class EventQueryTest {

    static final String CLASH = "0e000000-0000-7000-8000-000000000001";
    static final String CONFLICT = "0f000000-0000-7000-8000-000000000001";
    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification viewer() {
        return given().auth().oauth2(tokens.accessToken("viewer"));
    }

    ValidatableResponse events(String... params) {
        RequestSpecification r = viewer();
        for (int i = 0; i < params.length; i += 2) {
            r.queryParam(params[i], params[i + 1]);
        }
        return r.when().get("/events").then().statusCode(200);
    }

    @Test
    void aPageBeforeACursorHoldsTheItemsJustBeforeItInListOrder() {
        // The newest four events (the seed has four), newest first.
        List<String> ids = events("limit", "4").extract().path("items.id");
        List<String> cursors = events("limit", "4").extract().path("cursors");
        assertThat(ids).hasSize(4);
        events("before", cursors.get(3), "limit", "2")
                .body("items.id", contains(ids.get(1), ids.get(2)))
                .body("cursors", contains(cursors.get(1), cursors.get(2)))
                .body("previousCursor", equalTo(cursors.get(1)));
        events("before", cursors.get(1), "limit", "5")
                .body("items.id", contains(ids.get(0)))
                .body("previousCursor", nullValue());
        viewer().queryParam("before", cursors.get(2)).queryParam("cursor", cursors.get(0)).when().get("/events")
                .then().statusCode(400).body("errors.field", hasItem("before"));
        viewer().queryParam("before", "not-a-cursor").when().get("/events")
                .then().statusCode(400).body("errors.field", hasItem("before"));
    }

    @Test
    void aCountIsExactUpToItsBoundAndAnEstimateBeyond() {
        viewer().when().get("/events/count").then().statusCode(200)
                .body("value", equalTo(events("limit", "500").extract().path("items.size()"))).body("exact", equalTo(true));
        viewer().queryParam("country", "AZE").when().get("/events/count").then().statusCode(200)
                .body("value", equalTo(events("country", "AZE").extract().path("items.size()"))).body("exact", equalTo(true));
        viewer().queryParam("bound", 2).when().get("/events/count").then().statusCode(200)
                .body("exact", equalTo(false)).body("value", greaterThan(2));
    }

    @Test
    void aMapGetsEveryMatchingEventWithCoordinatesInOneAnswer() {
        List<String> located = events("conflictId", CONFLICT, "limit", "500").extract().path("items.findAll { it.location.latitude != null }.id");
        viewer().queryParam("conflictId", CONFLICT).when().get("/events/points").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("points.id", org.hamcrest.Matchers.containsInAnyOrder(located.toArray()))
                .body("points.find { it.id == '" + CLASH + "' }.killed", greaterThan(3))
                .body("points.find { it.id == '" + CLASH + "' }.longitude", equalTo(45.63f));
        viewer().queryParam("conflictId", CONFLICT).queryParam("limit", 1).when().get("/events/points").then().statusCode(200)
                .body("complete", equalTo(located.size() <= 1)).body("points.size()", equalTo(1));
        viewer().queryParam("limit", 0).when().get("/events/points").then().statusCode(400).body("errors[0].field", containsString("limit"));
    }

    @Test
    void filtersCombine() {
        events("country", "AZE", "from", "2020-07-13", "to", "2020-07-13").body("items.id", hasItem(CLASH));
        events("country", "AZE", "from", "2020-07-14", "to", "2020-07-31").body("items.id", not(hasItem(CLASH)));
        events("actorId", AZ_FORCES, "eventType", "BATTLES").body("items.id", contains(CLASH));
        events("conflictId", CONFLICT, "subEventType", "OTHER").body("items.eventType", everyItem(equalTo("STRATEGIC_DEVELOPMENTS")));
        events("bbox", "45,40.5,46,41.5", "minKilled", "4").body("items.id", hasItem(CLASH));
        events("bbox", "30,50,40,60", "from", "2020-07-12", "to", "2020-07-14").body("items.title", hasItem(containsString("Lavrov")))
                .body("items.id", not(hasItem(CLASH)));
        events("q", "clashed artillery", "tag", "border-clash", "admin1", "Tovuz").body("items.id", contains(CLASH));
        events("disorderType", "STRATEGIC_DEVELOPMENTS", "conflictId", CONFLICT).body("items.id", not(hasItem(CLASH)));
    }

    @Test
    void malformedFiltersAreNamed() {
        viewer().queryParam("from", "2020-02-30").queryParam("bbox", "1,2,3").queryParam("actorId", "nope")
                .queryParam("minKilled", -1).when().get("/events")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("bbox", "actorId", "minKilled"));
        viewer().queryParam("from", "2020-02-30").when().get("/events").then().statusCode(400).body("errors[0].field", equalTo("from"));
        viewer().queryParam("bbox", "50,40,45,41").when().get("/events").then().statusCode(400).body("errors[0].field", equalTo("bbox"));
    }

    @Test
    void pagesAreNewestFirstAndComplete() {
        List<String> dates = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification r = viewer().queryParam("conflictId", CONFLICT).queryParam("limit", 1);
            if (cursor != null) {
                r.queryParam("cursor", cursor);
            }
            ValidatableResponse page = r.when().get("/events").then().statusCode(200);
            dates.addAll(page.extract().path("items.dateFrom"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        assertThat(dates).hasSizeGreaterThanOrEqualTo(4).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void statisticsGroupUnderTheSameFilters() {
        viewer().queryParam("conflictId", CONFLICT).queryParam("groupBy", "MONTH").when().get("/events/stats")
                .then().statusCode(200)
                .body("find { it.key == '2020-07-01' }.killed", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        viewer().queryParam("conflictId", CONFLICT).queryParam("groupBy", "YEAR").when().get("/events/stats")
                .then().statusCode(200).body("key", hasItem("2020-01-01"));
        List<String> weeks = viewer().queryParam("conflictId", CONFLICT).queryParam("groupBy", "WEEK").when().get("/events/stats")
                .then().statusCode(200).extract().path("key");
        assertThat(weeks).as("weeks, each keyed by its Monday").isNotEmpty()
                .allSatisfy(week -> assertThat(java.time.LocalDate.parse(week).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        viewer().queryParam("conflictId", CONFLICT).queryParam("groupBy", "ACTOR").when().get("/events/stats")
                .then().statusCode(200).body("find { it.key == '" + AZ_FORCES + "' }.events", equalTo(1));
        viewer().queryParam("conflictId", CONFLICT).queryParam("groupBy", "COUNTRY").when().get("/events/stats")
                .then().statusCode(200).body("key", hasItem("RUS")).body("key", hasItem("AZE"));
        viewer().queryParam("groupBy", "PLANET").when().get("/events/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void exportsStreamCsvAndGeoJson() {
        String csv = viewer().queryParam("conflictId", CONFLICT).when().get("/events/export.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,end_date,year,time_precision");
        assertThat(csv).contains("ARMED_CLASH").contains("Tovuz").contains(AZ_FORCES);
        viewer().queryParam("conflictId", CONFLICT).when().get("/events/export.geojson")
                .then().statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features.geometry.type", everyItem(equalTo("Point")))
                .body("features.find { it.id == '" + CLASH + "' }.geometry.coordinates", contains(45.63f, 40.99f));
    }
}
