package org.conflictmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.conflictmonitor.importer.ucdp.GedColumn;
import org.conflictmonitor.importer.ucdp.GedComparison;
import org.conflictmonitor.importer.ucdp.GedEvent;
import org.conflictmonitor.importer.ucdp.GedReader;
import org.conflictmonitor.importer.ucdp.GedValues;
import org.conflictmonitor.importer.ucdp.GedWriter;
import org.conflictmonitor.testing.data.SharedData;

/**
 * UCDP's data into the running platform with deploy/local/import, as an admin does it, and what
 * analysts then see through the gateway. The file's own rows and values are checked against the
 * shared files themselves, never against numbers copied into this test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Order(3)
class UcdpImportIT {

    static final String EVENTS = "http://localhost:8083";
    static final String SEED_CLASH = "0e000000-0000-7000-8000-000000000001";
    static final Path SAMPLE = SharedData.file(SharedData.GED_SAMPLE);

    @TempDir
    static Path files;

    @Test
    @Order(1)
    void theConflictDatasetGoesInConflictByConflict() throws Exception {
        Importer.Run run = Importer.run("ucdp-acd", SharedData.file(SharedData.ACD).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("SUCCEEDED", "0 bad rows");
        JsonPath seed = events("/conflicts?ucdpConflictId=388").jsonPath();
        assertThat(seed.getString("items[0].name")).as("the curated name stays").isEqualTo("Nagorno-Karabakh conflict");
        assertThat(seed.getList("items[0].ucdpYears")).isNotEmpty();
    }

    @Test
    @Order(2)
    void theGedSampleGoesInWholeAndTheRunIsOnRecord() throws Exception {
        Importer.Run run = Importer.run("ucdp-ged", SAMPLE.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("rows/s", "created 1,000", "0 bad rows");
        JsonPath record = events("/imports/" + run.runId()).jsonPath();
        assertThat(record.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(record.getString("kind")).isEqualTo("UCDP_GED");
        assertThat(record.getString("startedBy")).isEqualTo("service-account-conflict-monitor-importer");
        assertThat(record.getLong("rowsRead")).isEqualTo(1000);
        assertThat(record.getLong("created")).isEqualTo(1000);
        assertThat(record.getString("finishedAt")).isNotNull();
    }

    @Test
    @Order(3)
    void theSameFileAgainChangesNothing() throws Exception {
        Importer.Run run = Importer.run("ucdp-ged", SAMPLE.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("created 0, updated 0, unchanged 1,000");
    }

    @Test
    @Order(4)
    void exportingGivesBackEveryValueOfEveryColumn() throws Exception {
        Path exported = files.resolve("exported.csv");
        assertThat(Importer.run("export-ucdp-ged", "--ged-version", "23.1", exported.toString()).exit()).isZero();
        GedComparison comparison = GedValues.compare(SAMPLE, exported);
        assertThat(comparison.columns()).hasSize(GedColumn.all().size());
        assertThat(comparison.rightRows()).isEqualTo(comparison.leftRows()).isEqualTo(1000);
        assertThat(comparison.differences()).isEmpty();
    }

    @Test
    @Order(5)
    void aUcdpEventShowsItsActorsConflictFiguresPerSideAndTheClaimsOfItsSources() throws IOException {
        GedEvent row = sampleRow(300380L);
        LocalStackIT.graphql(RunningStack.token("viewer"), """
                query($id: BigInteger) { events(filter: {ucdpEventId: $id}) { nodes {
                  conflict { ucdpConflictId } actors { side actor { name } }
                  killed { best } casualties { group killed { best } }
                  ucdp { eventId relid typeOfViolence datePrecision locationPrecision version }
                  claims { summary article { citation source { name } } figures { group killed { low best high } } } } } }""",
                Map.of("id", row.id()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.events.nodes", hasSize(1))
                .body("data.events.nodes[0].conflict.ucdpConflictId", equalTo(row.conflictNewId()))
                .body("data.events.nodes[0].actors.actor.name", containsInAnyOrder(row.sideA(), row.sideB()))
                .body("data.events.nodes[0].killed.best", equalTo(row.best()))
                .body("data.events.nodes[0].casualties.find { it.group == 'SIDE_B' }.killed.best", equalTo(row.deathsB()))
                .body("data.events.nodes[0].ucdp.relid", equalTo(row.relid()))
                .body("data.events.nodes[0].ucdp.version", equalTo("23.1"))
                .body("data.events.nodes[0].claims.article.source.name", containsInAnyOrder("Uppsala Conflict Data Program",
                        "Support Kurds in Syria", "VDC"))
                .body("data.events.nodes[0].claims.find { it.article.source.name == 'Uppsala Conflict Data Program' }.figures.group",
                        containsInAnyOrder("ALL", "SIDE_A", "SIDE_B", "CIVILIANS", "UNKNOWN"));
    }

    @Test
    @Order(6)
    void aCuratorsEditIsKeptByTheNextImportWhichSaysSo() throws Exception {
        GedEvent row = sampleRow(300380L);
        JsonPath event = events("/events?ucdpEventId=" + row.id()).jsonPath();
        Map<String, Object> request = new LinkedHashMap<>();
        for (String field : List.of("conflictId", "dateFrom", "dateTo", "datePrecision", "disorderType", "eventType", "subEventType", "title", "notes",
                "location", "actors", "killed", "injured", "casualties", "civilianTargeting", "tags", "ucdp", "status", "version")) {
            request.put(field, event.get("items[0]." + field));
        }
        request.put("title", "Clash in al-Rami, Idlib (title checked by a curator)");
        given().baseUri(EVENTS).auth().oauth2(RunningStack.token("curator")).contentType(ContentType.JSON).body(request)
                .put("/events/" + event.getString("items[0].id")).then().log().ifValidationFails().statusCode(200);

        Importer.Run run = Importer.run("ucdp-ged", SAMPLE.toString());
        assertThat(run.output()).contains("kept a curator's edit: UCDP event " + row.id() + " (" + event.getString("items[0].id") + "), field title");
        assertThat(events("/events?ucdpEventId=" + row.id()).jsonPath().getString("items[0].title")).contains("checked by a curator");
    }

    @Test
    @Order(7)
    void anOlderGedVersionOverwritesNothing() throws Exception {
        Path older = files.resolve("ucdp-ged-22.1-older.csv");
        GedEvent row = sampleRow(300380L);
        Map<GedColumn, String> cells = cells(row);
        cells.put(GedColumn.BEST, String.valueOf(row.best() + 10));
        cells.put(GedColumn.HIGH, String.valueOf(row.best() + 10));
        try (GedWriter writer = GedWriter.create(older)) {
            writer.write(cells);
        }
        Importer.Run run = Importer.run("ucdp-ged", older.toString());
        assertThat(run.output()).contains("older version 1");
        assertThat(events("/events?ucdpEventId=" + row.id()).jsonPath().getInt("items[0].killed.best")).isEqualTo(row.best());
    }

    @Test
    @Order(8)
    void eachBadRowIsReportedWithRowColumnAndReasonAndTheGoodRowsGoIn() throws Exception {
        Path file = files.resolve("ucdp-ged-23.1-bad-rows.csv");
        GedEvent real = sampleRow(300380L);
        List<Map<GedColumn, String>> rows = new ArrayList<>();
        rows.add(renumbered(real, 990000001L));
        rows.add(with(renumbered(real, 990000002L), GedColumn.DATE_START, "2013-02-30 00:00:00"));
        rows.add(with(renumbered(real, 990000003L), GedColumn.TYPE_OF_VIOLENCE, "7"));
        rows.add(with(renumbered(real, 990000004L), GedColumn.LATITUDE, "123.5"));
        rows.add(with(renumbered(real, 990000005L), GedColumn.BEST, "many"));
        rows.add(with(renumbered(real, 990000006L), GedColumn.COUNTRY, "Atlantis"));
        rows.add(renumbered(real, 990000008L));
        try (GedWriter writer = GedWriter.create(file)) {
            for (Map<GedColumn, String> row : rows) {
                writer.write(row);
            }
        }
        // Row 7 has three cells where a GED row has 49; row 8 is good again.
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add(7, "990000007,x,2013");
        Files.write(file, lines, StandardCharsets.UTF_8);

        Importer.Run run = Importer.run("ucdp-ged", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.output()).contains("created 2,", "6 bad rows");
        JsonPath record = events("/imports/" + run.runId()).jsonPath();
        assertThat(record.getList("errors.row", Integer.class)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(record.getList("errors.column", String.class)).containsExactly("date_start", "type_of_violence", "latitude", "best", "country", null);
        assertThat(record.getList("errors.reason", String.class)).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(events("/events?ucdpEventId=990000001").jsonPath().getList("items")).hasSize(1);
        assertThat(events("/events?ucdpEventId=990000008").jsonPath().getList("items")).hasSize(1);
        assertThat(events("/events?ucdpEventId=990000005").jsonPath().getList("items")).isEmpty();
    }

    @Test
    @Order(9)
    void uCDPsCodingOfTheSeedClashBecomesOneMoreAccountOfIt() throws Exception {
        Path tovuz = files.resolve("ucdp-ged-21.1-tovuz.csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                SharedData.file(SharedData.GED_PRECISE_EXTRACT))), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            String row = in.lines().filter(line -> line.startsWith("346644,")).findFirst().orElseThrow();
            Files.writeString(tovuz, header + "\n" + row + "\n");
        }
        Importer.Run run = Importer.run("ucdp-ged", tovuz.toString());
        assertThat(run.output()).contains("created 0, updated 1", "kept a curator's edit: UCDP event 346644 (" + SEED_CLASH + ")");

        LocalStackIT.graphql(RunningStack.token("viewer"), """
                query($id: ID!) { event(id: $id) { ucdp { eventId } killed { best }
                  claims { claimant { name } article { source { name } } figures { group killed { low best high } } }
                  agreement { contested fields { field group personnel agree } } } }""", Map.of("id", SEED_CLASH))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.ucdp.eventId", equalTo(346644))
                .body("data.event.killed.best", equalTo(4))
                .body("data.event.claims", hasSize(3))
                .body("data.event.claims.article.source.name", hasItem("Uppsala Conflict Data Program"))
                .body("data.event.claims.find { it.claimant == null }.figures[0].group", equalTo("ALL"))
                .body("data.event.claims.find { it.claimant == null }.figures[0].killed.best", equalTo(3))
                .body("data.event.claims.find { it.claimant == null }.figures[0].killed.high", equalTo(5))
                .body("data.event.agreement.contested", containsInAnyOrder("INITIATOR", "SUB_EVENT_TYPE"));
    }

    private static io.restassured.response.Response events(String path) {
        io.restassured.response.Response response = given().baseUri(EVENTS).auth().oauth2(RunningStack.token("admin")).get(path);
        response.then().log().ifValidationFails().statusCode(200);
        return response;
    }

    private static GedEvent sampleRow(long id) throws IOException {
        try (GedReader reader = GedReader.open(SAMPLE)) {
            return reader.rows().map(r -> r.value()).filter(e -> e.id() == id).findFirst().orElseThrow();
        }
    }

    private static Map<GedColumn, String> cells(GedEvent e) {
        Map<GedColumn, String> cells = new EnumMap<>(GedColumn.class);
        GedColumn.all().forEach(c -> cells.put(c, GedWriter.cell(e, c)));
        return cells;
    }

    private static Map<GedColumn, String> renumbered(GedEvent e, long id) {
        Map<GedColumn, String> cells = cells(e);
        cells.put(GedColumn.ID, String.valueOf(id));
        cells.put(GedColumn.RELID, "TEST-" + id);
        return cells;
    }

    private static Map<GedColumn, String> with(Map<GedColumn, String> cells, GedColumn column, String value) {
        cells.put(column, value);
        return cells;
    }
}
