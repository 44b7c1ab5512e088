package org.conflictmonitor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.conflictmonitor.launcher.EmbeddedPostgresServer;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * Crashes ({@code kill -9}) at moments drawn from a fixed seed, and what survives them: every write
 * the API acknowledged, each whole, and what a client sends again completes without duplicates.
 */
class CrashTest {

    static final long SEED = 16;
    static final String PREFIX = "Crash test actor ";

    static KeycloakServer keycloak;
    static KeycloakTokens tokens;

    @TempDir
    Path home;

    @BeforeAll
    static void keycloak() {
        keycloak = SharedKeycloak.get();
        tokens = new KeycloakTokens(keycloak);
    }

    /**
     * The local stack's database killed in the middle of writes through the API: after it restarts,
     * every write the API acknowledged is there and none by halves (an actor is stored with both its
     * aliases or not at all). Meanwhile the service says it is not ready; it recovers by itself.
     */
    @Test
    void everyAcknowledgedWriteSurvivesAKilledDatabase() throws Exception {
        Random random = new Random(SEED);
        int acknowledgedBeforeKill = 15 + random.nextInt(25);
        int extraDelayMillis = random.nextInt(40);
        Path data = home.resolve("postgres");
        int port = freePort();
        EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeeping(data, port);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE actors");
        }
        try (ServiceProcess actors = new ServiceProcess("actors-service", RealmFiles.repositoryRoot(), Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/actors",
                        "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                        "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(), "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "false"),
                        home.resolve("logs")).start()) {
            String token = tokens.accessToken("curator");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                HttpClient http = HttpClient.newHttpClient();
                for (int i = 0; writing.get(); i++) {
                    String body = "{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"" + PREFIX + i + "\", \"aliases\": "
                            + "[{\"name\": \"Alias one of " + i + "\", \"lang\": \"en\"}, {\"name\": \"Alias two of " + i + "\", \"lang\": \"ru\"}]}";
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(actors.url() + "/actors"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.add(idOf(response.body()));
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException e) {
                        refused.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "writer");
            writer.start();

            awaitSize(acknowledged, acknowledgedBeforeKill);
            Thread.sleep(extraDelayMillis);
            killNine(data);
            int acknowledgedAtKill = acknowledged.size();
            assertThat(readiness(actors)).as("readiness while the database is gone").isEqualTo(503);

            release(postgres);
            EmbeddedPostgres restarted = restart(data, port);
            try {
                awaitReadiness(actors);
                awaitSize(acknowledged, acknowledgedAtKill + 10);
                writing.set(false);
                writer.join(15_000);

                System.out.printf("[crash] PostgreSQL killed after %d acknowledged writes (seed %d); %d refused while it was gone; %d acknowledged in all%n",
                        acknowledgedAtKill, SEED, refused.get(), acknowledged.size());
                assertThat(refused.get()).as("writes refused while the database was gone").isPositive();
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/actors", "postgres", "postgres");
                        Statement s = c.createStatement()) {
                    Map<String, Integer> aliasesById = aliasesOfTestActors(s);
                    assertThat(aliasesById.keySet()).as("every acknowledged write is stored").containsAll(acknowledged);
                    assertThat(aliasesById.values()).as("every stored actor has both its aliases").allMatch(n -> n == 2);
                }
            } finally {
                restarted.close();
            }
        }
    }

    /**
     * sources-service killed in the middle of a bulk ingest of 1,000 articles: each article is stored
     * whole (with its search vector) or not at all, and the client sending the same batch again after
     * the restart gets every article stored exactly once.
     */
    @Test
    void aBulkIngestCutByACrashIsCompletedBySendingItAgain() throws Exception {
        Random random = new Random(SEED);
        long killAfterMillis = 50 + random.nextInt(400);
        String run = Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        String batch = articles(run, 1_000);
        try (TestDatabases databases = TestDatabases.start()) {
            TestDatabases.Database db = databases.create();
            try (ServiceProcess sources = new ServiceProcess("sources-service", RealmFiles.repositoryRoot(), Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.url(), "QUARKUS_DATASOURCE_USERNAME", db.user(), "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(), "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "true"), home.resolve("logs")).start()) {
                String token = tokens.accessToken("curator");
                HttpClient http = HttpClient.newHttpClient();
                var cut = http.sendAsync(bulk(sources, token, batch), HttpResponse.BodyHandlers.ofString());
                Thread.sleep(killAfterMillis);
                sources.kill();
                assertThat(cut).as("the request the crash cut").failsWithin(Duration.ofSeconds(30));

                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
                    long stored = storedOf(s, run);
                    System.out.printf("[crash] sources-service killed %d ms into a bulk ingest (seed %d): %d of its 1000 articles stored%n",
                            killAfterMillis, SEED, stored);
                    // One transaction a batch: all of it or none. (Each stored article has its search vector by
                    // construction: the column is generated in the same row.)
                    assertThat(stored).as("articles of the cut batch stored").isIn(0L, 1_000L);
                }

                sources.start();
                HttpResponse<String> again = http.send(bulk(sources, token, batch), HttpResponse.BodyHandlers.ofString());
                assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
                assertThat(again.body()).contains("\"rejected\":0");
                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
                    assertThat(storedOf(s, run)).as("every article once").isEqualTo(1_000);
                }
            }
        }
    }

    private static HttpRequest bulk(ServiceProcess sources, String token, String batch) {
        return HttpRequest.newBuilder(URI.create(sources.url() + "/articles/bulk")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(batch)).build();
    }

    /** A bulk request: TASS articles (a source of the demo data), each with a URL of its own under the run. */
    private static String articles(String run, int n) {
        StringBuilder json = new StringBuilder("{\"articles\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append(("{\"url\": \"https://tass.com/crash/%s/%d\", \"title\": \"Crash dispatch %d\", "
                    + "\"lede\": \"A dispatch the crash test sends.\", \"body\": \"Shelling near the border was reported on the morning "
                    + "of day %d; officials gave no figures. %s\", \"language\": \"en\", \"publishedAt\": \"2020-07-12T10:00:00+03:00\"}")
                    .formatted(run, i, i, i, run));
        }
        return json.append("]}").toString();
    }

    private static long storedOf(Statement s, String run) throws Exception {
        return count(s, "SELECT count(*) FROM article WHERE canonical_url LIKE '%/" + run + "/%'");
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Integer> aliasesOfTestActors(Statement s) throws Exception {
        Map<String, Integer> aliases = new java.util.HashMap<>();
        try (ResultSet rows = s.executeQuery("SELECT a.id, count(al.name) FROM actor a LEFT JOIN actor_alias al ON al.actor_id = a.id "
                + "WHERE a.name LIKE '" + PREFIX + "%' GROUP BY a.id")) {
            while (rows.next()) {
                aliases.put(rows.getString(1), rows.getInt(2));
            }
        }
        return aliases;
    }

    /** The killed server's handle still holds its lock on the data directory, in this process only. */
    private static void release(EmbeddedPostgres killed) {
        try {
            killed.close();
        } catch (IOException | RuntimeException alreadyDead) {
            // pg_ctl finds no server to stop: the lock is released all the same
        }
    }

    /** Its orphaned backends notice the postmaster's death and exit within moments; until then it cannot start. */
    private static EmbeddedPostgres restart(Path data, int port) {
        for (int attempt = 1;; attempt++) {
            try {
                return EmbeddedPostgresServer.startKeeping(data, port);
            } catch (IllegalStateException notYet) {
                if (attempt == 20) {
                    throw notYet;
                }
                sleep(500);
            }
        }
    }

    /** The postmaster, killed as a crash kills it: no shutdown, no checkpoint. */
    private static void killNine(Path data) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        assertThat(kill.waitFor()).isZero();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    private static String idOf(String body) {
        int at = body.indexOf("\"id\":\"") + 6;
        return body.substring(at, body.indexOf('"', at));
    }

    private static int readiness(ServiceProcess service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } while (status == 200 && System.nanoTime() < deadline && sleep(200));
        return status;
    }

    private static void awaitReadiness(ServiceProcess service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the service is ready again by itself within 60 s").isLessThan(deadline);
            sleep(200);
        }
    }

    private static void awaitSize(Set<String> acknowledged, int size) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (acknowledged.size() < size) {
            assertThat(System.nanoTime()).as("%d writes acknowledged within 90 s", size).isLessThan(deadline);
            sleep(20);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
