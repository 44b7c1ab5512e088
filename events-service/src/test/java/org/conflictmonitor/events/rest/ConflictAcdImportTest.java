package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The whole real UCDP/PRIO Armed Conflict Dataset 24.1 (299 conflicts, 2,686 conflict-years) through
 * {@code POST /conflicts/bulk} in one call, as an importer sends it: every value of every year comes
 * back as the file has it, the seed conflict (UCDP 388) is linked, and a second import changes nothing.
 * Logs how long each call took.
 */
@QuarkusTest
@EventsPlatformTest
class ConflictAcdImportTest {

    private static final Logger LOG = Logger.getLogger(ConflictAcdImportTest.class);
    static final String SEED = "0f000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    /** A conflict as an importer builds it from its ACD rows: the latest year's values at the top, every row in ucdpYears. */
    static Map<String, Object> request(int ucdpConflictId, List<Map<String, String>> rows) {
        List<Map<String, Object>> years = rows.stream().map(AcdFile::toYear).toList();
        Map<String, Object> latest = years.get(years.size() - 1);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("ucdpConflictId", ucdpConflictId);
        c.put("name", "ACD " + ucdpConflictId + " " + String.join(", ", castList(latest.get("location")))
                + ": " + (latest.get("territoryName") != null ? latest.get("territoryName") : "Government"));
        c.put("type", latest.get("typeOfConflict"));
        c.put("incompatibility", latest.get("incompatibility"));
        c.put("territoryName", latest.get("territoryName"));
        c.put("location", latest.get("location"));
        c.put("ucdpYears", years);
        return c;
    }

    @SuppressWarnings("unchecked")
    static List<String> castList(Object list) {
        return (List<String>) list;
    }

    /** One bulk call, timed from sending the request (serialised beforehand) to receiving the whole response. */
    JsonPath timedBulk(List<Map<String, Object>> conflicts, String what) throws JsonProcessingException {
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("conflicts", conflicts));
        RequestSpecification request = as("curator").body(body);
        long start = System.nanoTime();
        String response = request.when().post("/conflicts/bulk").then().statusCode(200).extract().asString();
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonPath result = JsonPath.from(response);
        LOG.infof("ACD 24.1 bulk upsert (%s): %d conflicts, %d KiB, %d created, %d updated, %d unchanged, in %d ms (request sent to response read)",
                what, conflicts.size(), body.length / 1024, result.getInt("created"), result.getInt("updated"), result.getInt("unchanged"), millis);
        return result;
    }

    @Test
    void theWholeDatasetComesBackAsUcdpHasItAndASecondImportChangesNothing() throws JsonProcessingException {
        Map<Integer, List<Map<String, String>>> acd = AcdFile.byConflict();
        assertThat(acd).hasSize(299);
        assertThat(acd.values().stream().mapToInt(List::size).sum()).isEqualTo(2686);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        acd.forEach((id, rows) -> conflicts.add(request(id, rows)));

        JsonPath first = timedBulk(conflicts, "first import");
        List<Integer> ucdpIds = new ArrayList<>(acd.keySet());
        assertThat(first.getList("results.ucdpConflictId", Integer.class)).isEqualTo(ucdpIds);
        int seedIndex = ucdpIds.indexOf(388);
        assertThat(first.getString("results[" + seedIndex + "].id")).isEqualTo(SEED);
        assertThat(first.getString("results[" + seedIndex + "].status")).isIn("UPDATED", "UNCHANGED");
        assertThat(first.getInt("created")).isEqualTo(298);

        JsonPath second = timedBulk(conflicts, "same file again");
        assertThat(second.getList("results.status")).containsOnly("UNCHANGED");
        assertThat(second.getList("results.id")).isEqualTo(first.getList("results.id"));
        assertThat(second.getList("results.version")).isEqualTo(first.getList("results.version"));

        List<String> ids = first.getList("results.id");
        JsonPath stored = as("viewer").body(Map.of("ids", ids)).when().post("/conflicts/lookup")
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("missing")).isEmpty();
        int checked = 0;
        for (int i = 0; i < ids.size(); i++) {
            int ucdpId = stored.getInt("items[" + i + "].ucdpConflictId");
            List<Map<String, Object>> years = stored.getList("items[" + i + "].ucdpYears");
            List<Map<String, String>> expected = acd.get(ucdpId).stream().map(AcdFile::normalized).toList();
            List<Map<String, String>> actual = years.stream().map(y -> AcdFile.toCells(ucdpId, y)).toList();
            assertThat(actual).as("UCDP conflict %d", ucdpId).isEqualTo(expected);
            checked += actual.size();
        }
        assertThat(checked).isEqualTo(2686);
        assertThat(stored.getString("items[" + seedIndex + "].name")).isEqualTo("Nagorno-Karabakh conflict");

        // A next edition of the dataset: every conflict active in 2023 gets a 2024 row; only those change.
        List<Map<String, Object>> nextEdition = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Map<String, Object> conflict : conflicts) {
            List<Map<String, Object>> years = new ArrayList<>(castMaps(conflict.get("ucdpYears")));
            Map<String, Object> latest = years.get(years.size() - 1);
            if (latest.get("year").equals(2023)) {
                Map<String, Object> y2024 = new LinkedHashMap<>(latest);
                y2024.put("year", 2024);
                years.add(y2024);
            }
            Map<String, Object> next = new LinkedHashMap<>(conflict);
            next.put("ucdpYears", years);
            nextEdition.add(next);
            expected.add(years.size() > castMaps(conflict.get("ucdpYears")).size() ? "UPDATED" : "UNCHANGED");
        }
        JsonPath third = timedBulk(nextEdition, "next edition, a 2024 row for each conflict of 2023");
        assertThat(third.getList("results.status")).isEqualTo(expected);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(third.getInt("results[" + i + "].version"))
                    .isEqualTo(first.getInt("results[" + i + "].version") + (expected.get(i).equals("UPDATED") ? 1 : 0));
        }
        assertThat(expected).contains("UPDATED");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castMaps(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
