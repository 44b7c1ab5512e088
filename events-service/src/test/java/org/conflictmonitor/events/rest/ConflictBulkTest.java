package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * {@code POST /conflicts/bulk}: conflicts created and updated by UCDP conflict id, as an importer of
 * UCDP's Armed Conflict Dataset uses it.
 */
@QuarkusTest
@EventsPlatformTest
class ConflictBulkTest {

    static final String SEED = "0f000000-0000-7000-8000-000000000001";
    /** UCDP ids of this test's own conflicts: far above UCDP's (five digits), a new range each run. */
    static final AtomicInteger UCDP_IDS = new AtomicInteger(900_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    JsonPath bulk(List<Map<String, Object>> conflicts) {
        return as("curator").body(Map.of("conflicts", conflicts)).when().post("/conflicts/bulk")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    JsonPath byUcdpId(int ucdpConflictId) {
        return as("viewer").queryParam("ucdpConflictId", ucdpConflictId).when().get("/conflicts")
                .then().statusCode(200).extract().jsonPath();
    }

    /** An ACD-like row: UCDP's Nagorno-Karabakh conflict in 2020, with this year and intensity. */
    static Map<String, Object> year(int year, String intensity) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("year", year);
        y.put("location", List.of("Azerbaijan"));
        y.put("sideA", List.of("Government of Azerbaijan"));
        y.put("sideAId", List.of(64));
        y.put("sideA2nd", List.of("Government of Turkey"));
        y.put("sideB", List.of("Republic of Artsakh"));
        y.put("sideBId", List.of(338));
        y.put("sideB2nd", List.of("Government of Armenia"));
        y.put("incompatibility", "TERRITORY");
        y.put("territoryName", "Artsakh (Nagorno-Karabakh)");
        y.put("intensityLevel", intensity);
        y.put("cumulativeIntensity", "WAR");
        y.put("typeOfConflict", "INTERNATIONALISED_INTRASTATE");
        y.put("startDate", year + "-07-16");
        y.put("endDate", null);
        y.put("gwnoA", List.of(373));
        y.put("gwnoA2nd", List.of(640));
        y.put("gwnoB", List.of());
        y.put("gwnoB2nd", List.of(371));
        y.put("gwnoLoc", List.of(373));
        y.put("region", List.of("EUROPE"));
        return y;
    }

    /** {@link #year} as JSON. */
    static String yearJson(int year, String intensity) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(year(year, intensity));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> conflict(int ucdpConflictId, String name, List<Map<String, Object>> years) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("ucdpConflictId", ucdpConflictId);
        c.put("name", name);
        c.put("type", "INTERNATIONALISED_INTRASTATE");
        c.put("ucdpName", "Azerbaijan: Artsakh (Nagorno-Karabakh)");
        c.put("incompatibility", "TERRITORY");
        c.put("territoryName", "Artsakh (Nagorno-Karabakh)");
        c.put("location", List.of("Azerbaijan"));
        c.put("ucdpYears", years);
        return c;
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    @Test
    void theSeedConflictIsLinkedByItsUcdpIdWithItsCuratedNameKept() {
        Map<String, Object> seed = conflict(388, "Azerbaijan: Artsakh (Nagorno-Karabakh)",
                List.of(year(2020, "WAR"), with(with(with(year(2023, "MINOR"), "sideA2nd", List.of()), "gwnoA2nd", List.of()), "startDate", "2020-07-16")));
        seed.put("description", "UCDP's words, which must not replace the curators'.");

        JsonPath first = bulk(List.of(seed));
        assertThat(first.getString("results[0].id")).isEqualTo(SEED);
        assertThat(first.getString("results[0].status")).isIn("UPDATED", "UNCHANGED");
        assertThat(first.getInt("created")).isZero();

        JsonPath found = byUcdpId(388);
        assertThat(found.getList("items.id")).containsExactly(SEED);
        assertThat(found.getString("items[0].name")).isEqualTo("Nagorno-Karabakh conflict");
        assertThat(found.getString("items[0].description")).startsWith("The conflict between Armenia and Azerbaijan");
        assertThat(found.getString("items[0].ucdpName")).isEqualTo("Azerbaijan: Artsakh (Nagorno-Karabakh)");
        assertThat(found.getList("items[0].parties")).hasSize(2);
        assertThat(found.getList("items[0].timeline")).hasSize(3);
        assertThat(found.getInt("items[0].version")).isEqualTo(first.getInt("results[0].version"));
        Map<String, Object> y2020 = found.getMap("items[0].ucdpYears.find { it.year == 2020 }");
        assertThat(y2020).containsEntry("sideA2nd", List.of("Government of Turkey")).containsEntry("gwnoA2nd", List.of(640))
                .containsEntry("intensityLevel", "WAR");

        JsonPath again = bulk(List.of(seed));
        assertThat(again.getString("results[0].id")).isEqualTo(SEED);
        assertThat(again.getString("results[0].status")).isEqualTo("UNCHANGED");
        assertThat(again.getInt("results[0].version")).isEqualTo(first.getInt("results[0].version"));
        assertThat(byUcdpId(388).getList("items")).hasSize(1);
    }

    @Test
    void sendingTheSameConflictsAgainChangesNothingAndKeepsTheirVersions() {
        int a = UCDP_IDS.incrementAndGet();
        int b = UCDP_IDS.incrementAndGet();
        List<Map<String, Object>> conflicts = List.of(
                conflict(a, "Bulk conflict " + a, List.of(year(2021, "MINOR"), year(2022, "MINOR"))),
                with(conflict(b, "Bulk conflict " + b, List.of(year(2020, "WAR"))), "type", "INTERSTATE"));

        JsonPath created = bulk(conflicts);
        assertThat(created.getList("results.status")).containsExactly("CREATED", "CREATED");
        assertThat(created.getList("results.ucdpConflictId")).containsExactly(a, b);
        assertThat(created.getList("results.version")).containsExactly(0, 0);
        assertThat(created.getMap("")).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("unchanged", 0);
        String updatedAt = byUcdpId(a).getString("items[0].updatedAt");

        JsonPath again = bulk(conflicts);
        assertThat(again.getList("results.status")).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(again.getList("results.id")).isEqualTo(created.getList("results.id"));
        assertThat(again.getList("results.version")).containsExactly(0, 0);
        assertThat(again.getInt("unchanged")).isEqualTo(2);

        // A conflict that says only what it must (name, type, UCDP id) leaves everything else alone.
        Map<String, Object> bare = Map.of("ucdpConflictId", a, "name", "Another name", "type", "INTERNATIONALISED_INTRASTATE");
        assertThat(bulk(List.of(bare)).getString("results[0].status")).isEqualTo("UNCHANGED");

        JsonPath stored = byUcdpId(a);
        assertThat(stored.getInt("items[0].version")).isZero();
        assertThat(stored.getString("items[0].updatedAt")).isEqualTo(updatedAt);
        assertThat(stored.getString("items[0].name")).isEqualTo("Bulk conflict " + a);
        assertThat(stored.getString("items[0].territoryName")).isEqualTo("Artsakh (Nagorno-Karabakh)");
        assertThat(stored.getString("items[0].incompatibility")).isEqualTo("TERRITORY");
        assertThat(stored.getList("items[0].location")).containsExactly("Azerbaijan");
        assertThat(stored.getList("items[0].ucdpYears.year")).containsExactly(2021, 2022);
        assertThat(stored.getMap("items[0].ucdpYears[0]")).isEqualTo(year(2021, "MINOR"));
    }

    @Test
    void aNewerRowReplacesTheRowOfItsYearOnly() {
        int id = UCDP_IDS.incrementAndGet();
        String conflictId = bulk(List.of(conflict(id, "Yearly conflict " + id,
                List.of(year(2020, "WAR"), year(2021, "MINOR"), year(2022, "MINOR"))))).getString("results[0].id");

        Map<String, Object> revised2021 = with(with(year(2021, "WAR"), "endDate", "2021-12-31"), "sideB", List.of("Republic of Artsakh, renamed"));
        JsonPath updated = bulk(List.of(Map.of("ucdpConflictId", id, "name", "ignored", "type", "INTERNATIONALISED_INTRASTATE",
                "ucdpYears", List.of(revised2021, year(2023, "MINOR")))));
        assertThat(updated.getString("results[0].status")).isEqualTo("UPDATED");
        assertThat(updated.getString("results[0].id")).isEqualTo(conflictId);
        assertThat(updated.getInt("results[0].version")).isEqualTo(1);

        JsonPath stored = as("viewer").when().get("/conflicts/" + conflictId).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("ucdpYears.year")).containsExactly(2020, 2021, 2022, 2023);
        assertThat(stored.getMap("ucdpYears[0]")).isEqualTo(year(2020, "WAR"));
        assertThat(stored.getMap("ucdpYears[1]")).isEqualTo(revised2021);
        assertThat(stored.getMap("ucdpYears[2]")).isEqualTo(year(2022, "MINOR"));
        assertThat(stored.getMap("ucdpYears[3]")).isEqualTo(year(2023, "MINOR"));
        assertThat(stored.getInt("version")).isEqualTo(1);
    }

    @Test
    void extrasystemicConflictsAreAccepted() {
        int id = UCDP_IDS.incrementAndGet();
        Map<String, Object> colonial = with(with(year(1950, "MINOR"), "typeOfConflict", "EXTRASYSTEMIC"), "location", List.of("France"));
        JsonPath created = bulk(List.of(with(conflict(id, "Colonial war " + id, List.of(colonial)), "type", "EXTRASYSTEMIC")));
        assertThat(created.getString("results[0].status")).isEqualTo("CREATED");
        JsonPath stored = byUcdpId(id);
        assertThat(stored.getString("items[0].type")).isEqualTo("EXTRASYSTEMIC");
        assertThat(stored.getString("items[0].ucdpYears[0].typeOfConflict")).isEqualTo("EXTRASYSTEMIC");

        as("curator").body("{\"name\": \"Extrasystemic " + UUID.randomUUID() + "\", \"type\": \"EXTRASYSTEMIC\"}").when().post("/conflicts")
                .then().statusCode(201).body("type", equalTo("EXTRASYSTEMIC"));
    }

    @Test
    void invalidConflictsAreRefusedNamingEachFieldAndNothingIsStored() {
        int valid = UCDP_IDS.incrementAndGet();
        int repeated = UCDP_IDS.incrementAndGet();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        conflicts.add(conflict(valid, "Valid conflict " + valid, List.of(year(2020, "WAR"))));
        Map<String, Object> noUcdpId = conflict(1, "No UCDP id", List.of());
        noUcdpId.remove("ucdpConflictId");
        conflicts.add(noUcdpId);
        conflicts.add(conflict(repeated, "Bad years " + repeated, List.of(
                with(year(1900, "HUGE"), "region", List.of("EUROPE", "MARS")),
                with(year(2020, "WAR"), "typeOfConflict", "NON_STATE"),
                with(year(2020, "WAR"), "endDate", "2020-01-01"))));
        conflicts.add(with(conflict(repeated, "Repeated " + repeated, List.of()), "type", null));
        conflicts.add(with(with(conflict(UCDP_IDS.incrementAndGet(), " ", List.of()), "incompatibility", "RELIGION"), "location", List.of("")));

        as("curator").body(Map.of("conflicts", conflicts)).when().post("/conflicts/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder(
                        "conflicts[1].ucdpConflictId",
                        "conflicts[2].ucdpYears[0].year",
                        "conflicts[2].ucdpYears[0].intensityLevel",
                        "conflicts[2].ucdpYears[0].region[1]",
                        "conflicts[2].ucdpYears[1].typeOfConflict",
                        "conflicts[2].ucdpYears[2].endDate",
                        "conflicts[2].ucdpYears[2].year",
                        "conflicts[3].type",
                        "conflicts[3].ucdpConflictId",
                        "conflicts[4].name",
                        "conflicts[4].incompatibility",
                        "conflicts[4].location[0]"));
        assertThat(byUcdpId(valid).getList("items")).isEmpty();

        as("curator").body(Map.of("conflicts", List.of())).when().post("/conflicts/bulk")
                .then().statusCode(400).body("errors.field", contains("conflicts"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("ucdpConflictId", i + 1, "name", "Conflict " + i, "type", "INTERSTATE"));
        }
        as("curator").body(Map.of("conflicts", tooMany)).when().post("/conflicts/bulk")
                .then().statusCode(400).body("errors.field", contains("conflicts"));
    }

    @Test
    void aNewConflictNeedsAFreeNameAndAnUpdateTheCurrentVersion() {
        int id = UCDP_IDS.incrementAndGet();
        String taken = "Curated conflict " + id;
        as("curator").body("{\"name\": \"" + taken + "\", \"type\": \"INTRASTATE\"}").when().post("/conflicts").then().statusCode(201);
        as("curator").body(Map.of("conflicts", List.of(conflict(id, taken.toUpperCase(), List.of()))))
                .when().post("/conflicts/bulk").then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("conflicts[0].name"));
        assertThat(byUcdpId(id).getList("items")).isEmpty();

        bulk(List.of(conflict(id, "Versioned bulk conflict " + id, List.of(year(2020, "WAR")))));
        as("curator").body(Map.of("conflicts", List.of(with(conflict(id, "x", List.of(year(2020, "MINOR"))), "version", 7))))
                .when().post("/conflicts/bulk").then().statusCode(409)
                .body("errors.field", contains("conflicts[0].version"));
        assertThat(byUcdpId(id).getString("items[0].ucdpYears[0].intensityLevel")).isEqualTo("WAR");
    }

    @Test
    void partiesAreCheckedAndANullKeepsThem() {
        int id = UCDP_IDS.incrementAndGet();
        String azerbaijan = "0a000000-0000-7000-8000-000000000003";
        Map<String, Object> withParties = with(conflict(id, "Parties conflict " + id, List.of()), "parties",
                List.of(Map.of("actorId", azerbaijan, "side", "A")));
        bulk(List.of(withParties));
        as("curator").body(Map.of("conflicts", List.of(with(withParties, "parties",
                List.of(Map.of("actorId", azerbaijan, "side", "A"), Map.of("actorId", UUID.randomUUID().toString(), "side", "B"))))))
                .when().post("/conflicts/bulk").then().statusCode(422)
                .body("errors.field", contains("conflicts[0].parties[1].actorId"));
        assertThat(bulk(List.of(with(withParties, "parties", null))).getString("results[0].status")).isEqualTo("UNCHANGED");
        assertThat(byUcdpId(id).getList("items[0].parties.actorId")).containsExactly(azerbaijan);
    }

    @Test
    void viewersCannotUpsert() {
        int id = UCDP_IDS.incrementAndGet();
        as("viewer").body(Map.of("conflicts", List.of(conflict(id, "Viewer's conflict " + id, List.of()))))
                .when().post("/conflicts/bulk").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        assertThat(byUcdpId(id).getList("items")).isEmpty();
    }

    @Test
    void conflictsAreFoundByTheirUcdpIds() {
        int a = UCDP_IDS.incrementAndGet();
        int b = UCDP_IDS.incrementAndGet();
        JsonPath created = bulk(List.of(conflict(a, "Found conflict " + a, List.of()), conflict(b, "Found conflict " + b, List.of())));
        as("viewer").queryParam("ucdpConflictId", a, b, UCDP_IDS.incrementAndGet()).when().get("/conflicts")
                .then().statusCode(200)
                .body("items.ucdpConflictId", containsInAnyOrder(a, b))
                .body("items.id", containsInAnyOrder(created.getList("results.id").toArray()));
        as("viewer").queryParam("ucdpConflictId", UCDP_IDS.incrementAndGet()).when().get("/conflicts")
                .then().statusCode(200).body("items", is(empty()));
        as("viewer").queryParam("ucdpConflictId", "388x").when().get("/conflicts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", startsWith("ucdpConflictId"));
    }
}
