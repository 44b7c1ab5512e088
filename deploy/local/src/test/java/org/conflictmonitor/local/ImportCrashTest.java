package org.conflictmonitor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.data.SharedData;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * events-service killed ({@code kill -9}) in the middle of a UCDP import, as deploy/local/import runs
 * it, at a moment drawn from a fixed seed: each event is stored whole (its actors, its claims, its
 * first revision) or not at all, the cut run ends FAILED on record once the service is back, and
 * running the import again completes it without duplicates.
 */
class ImportCrashTest {

    static final long SEED = 16;
    /** Rows of the real 176k extract: several of the importer's batches of 1,000. */
    static final int ROWS = 6_000;
    static final Path ROOT = RealmFiles.repositoryRoot();
    static final Pattern RUN_ID = Pattern.compile("\\[import\\] run ([0-9a-f-]{36}):");

    @TempDir
    Path home;

    @Test
    void anImportCutByACrashedServiceIsCompletedByRunningItAgain() throws Exception {
        Random random = new Random(SEED);
        long killAfterFirstBatchMillis = random.nextInt(1_500);
        Path file = firstRowsOfThePreciseExtract(ROWS);
        KeycloakServer keycloak = SharedKeycloak.get();
        try (TestDatabases databases = TestDatabases.start()) {
            KeycloakTokens tokens = new KeycloakTokens(keycloak);
            TestDatabases.Database actorsDb = databases.create();
            TestDatabases.Database sourcesDb = databases.create();
            TestDatabases.Database eventsDb = databases.create();
            ServiceProcess actors = service("actors-service", actorsDb, keycloak, Map.of());
            ServiceProcess sources = service("sources-service", sourcesDb, keycloak, Map.of());
            ServiceProcess events = service("events-service", eventsDb, keycloak, Map.of(LocalStack.envName("actors-service"), actors.url(),
                    LocalStack.envName("sources-service"), sources.url()));
            try (actors; sources; events) {
                List.of(actors, sources, events).parallelStream().forEach(ServiceProcess::start);
                Map<String, String> importerEnvironment = Map.of(LocalStack.envName("actors-service"), actors.url(),
                        LocalStack.envName("sources-service"), sources.url(), LocalStack.envName("events-service"), events.url(),
                        "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.realmUrl());
                Files.writeString(home.resolve(LocalStack.IMPORTER_SECRET_FILE), keycloak.clientSecret("conflict-monitor-importer"));

                Process cut = importer(file, importerEnvironment, home.resolve("first-run.log"));
                long storedAtCrash;
                try (Connection db = connect(eventsDb); Statement s = db.createStatement()) {
                    awaitFirstEvents(s, cut);
                    Thread.sleep(killAfterFirstBatchMillis);
                    events.kill();
                    storedAtCrash = count(s, "SELECT count(*) FROM event");
                    System.out.printf("[crash] events-service killed %d ms after the import's first events were stored (seed %d): "
                            + "the events of %d of %d rows stored%n", killAfterFirstBatchMillis, SEED, storedAtCrash, ROWS);
                    assertThat(storedAtCrash).as("the crash cut the import").isLessThan(ROWS - 1_000);
                    assertEveryEventWhole(s);
                }

                events.start();
                String firstOutput = awaitEnd(cut, home.resolve("first-run.log"));
                assertThat(cut.exitValue()).as("the cut run's exit code").isEqualTo(1);
                JsonNode first = record(events, tokens, firstOutput);
                assertThat(first.path("state").asText()).as("the cut run on record, once events-service is back").isEqualTo("FAILED");
                assertThat(first.path("failure").asText()).as("why it failed").isNotBlank();

                String secondOutput = awaitEnd(importer(file, importerEnvironment, home.resolve("second-run.log")), home.resolve("second-run.log"));
                JsonNode second = record(events, tokens, secondOutput);
                assertThat(second.path("state").asText()).as("the run again").isEqualTo("SUCCEEDED");
                assertThat(second.path("rowsRead").asLong()).isEqualTo(ROWS);
                try (Connection db = connect(eventsDb); Statement s = db.createStatement()) {
                    long stored = count(s, "SELECT count(*) FROM event");
                    assertThat(stored).as("one event for each row that is not bad").isEqualTo(ROWS - second.path("badRows").asLong());
                    assertThat(second.path("created").asLong()).as("the run again created what the cut run had not")
                            .isEqualTo(stored - storedAtCrash);
                    assertEveryEventWhole(s);
                }
                try (Connection db = connect(actorsDb); Statement s = db.createStatement()) {
                    assertThat(count(s, "SELECT count(*) FROM (SELECT name FROM actor GROUP BY name HAVING count(*) > 1) twice"))
                            .as("actors stored twice").isZero();
                }
                try (Connection db = connect(sourcesDb); Statement s = db.createStatement()) {
                    assertThat(count(s, "SELECT count(*) FROM (SELECT name FROM source GROUP BY name HAVING count(*) > 1) twice"))
                            .as("sources stored twice").isZero();
                }
            }
        }
    }

    /** An event is whole with its actors, its claims (UCDP's coding at least) and its first revision. */
    private static void assertEveryEventWhole(Statement s) throws Exception {
        assertThat(count(s, "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id)"))
                .as("events without their actors").isZero();
        assertThat(count(s, "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.event_id = e.id)"))
                .as("events without their claims").isZero();
        assertThat(count(s, "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_revision r WHERE r.event_id = e.id)"))
                .as("events without their first revision").isZero();
    }

    private ServiceProcess service(String module, TestDatabases.Database db, KeycloakServer keycloak, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(more);
        environment.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.url(), "QUARKUS_DATASOURCE_USERNAME", db.user(),
                "QUARKUS_DATASOURCE_PASSWORD", db.password(), "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(),
                "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "false"));
        return new ServiceProcess(module, ROOT, environment, home.resolve("logs"));
    }

    /** deploy/local/import, as an admin runs it, with the secret where the local stack writes it. */
    private Process importer(Path file, Map<String, String> environment, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("deploy/local/import").toString(), "ucdp-ged", file.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("CM_LOCAL_DIR", ROOT.relativize(home).toString());
        return builder.start();
    }

    private static String awaitEnd(Process importer, Path output) throws Exception {
        assertThat(importer.waitFor(5, TimeUnit.MINUTES)).as("the import ends within 5 min").isTrue();
        String text = Files.readString(output);
        System.out.println("[crash] deploy/local/import (exit " + importer.exitValue() + "):\n" + text);
        return text;
    }

    /** The run's record in events-service, by the run id the importer printed. */
    private static JsonNode record(ServiceProcess events, KeycloakTokens tokens, String output) throws Exception {
        Matcher id = RUN_ID.matcher(output);
        assertThat(id.find()).as("the importer names its run").isTrue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(events.url() + "/imports/" + id.group(1)))
                .header("Authorization", "Bearer " + tokens.accessToken("admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static void awaitFirstEvents(Statement s, Process importer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (count(s, "SELECT count(*) FROM event") == 0) {
            assertThat(importer.isAlive()).as("the importer runs until its first events are stored").isTrue();
            assertThat(System.nanoTime()).as("the first events stored within 3 min").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The header and the first rows of UCDP's precise 176k extract, records whole (a quoted cell may hold line breaks). */
    private Path firstRowsOfThePreciseExtract(int rows) throws IOException {
        Path file = home.resolve("ucdp-ged-21.1-precise-first-" + rows + ".csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(SharedData.file(SharedData.GED_PRECISE_EXTRACT))), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int records = -1;
            boolean quoted = false;
            for (String line = in.readLine(); line != null && records < rows; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                quoted ^= line.chars().filter(c -> c == '"').count() % 2 == 1;
                if (!quoted) {
                    records++;
                }
            }
        }
        return file;
    }

    private static Connection connect(TestDatabases.Database db) throws Exception {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
