package org.conflictmonitor.sources.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * {@code POST /sources/bulk}: sources found by name, or created once, as an import of a dataset's
 * outlets needs them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class SourceBulkTest {

    static final String TASS = "0c000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String item(String name) {
        return "{\"name\": \"" + name + "\"}";
    }

    static String bulk(List<String> items) {
        return "{\"sources\": [" + String.join(",", items) + "]}";
    }

    @Test
    void createsMissingSourcesOnceAndResolvesThemAgain() {
        String run = tag();
        String wire = "Bulk Wire " + run;
        String monitor = "Bulk Monitor " + run;
        String request = bulk(List.of(
                "{\"name\": \"" + wire + "\", \"kind\": \"NEWS_AGENCY\"}",
                item(monitor),
                item(wire.toUpperCase(Locale.ROOT)),
                "{\"name\": \"tass\", \"kind\": \"OTHER\", \"reliability\": {\"grade\": \"A\"}}",
                item("  " + wire + "  ")));
        JsonPath first = as("curator").body(request).when().post("/sources/bulk").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("created", equalTo(2)).body("existing", equalTo(3))
                .body("results.index", contains(0, 1, 2, 3, 4))
                .body("results.status", contains("CREATED", "CREATED", "EXISTING", "EXISTING", "EXISTING"))
                .body("results.name", contains(wire, monitor, wire, "TASS", wire))
                .body("results[3].sourceId", equalTo(TASS))
                .extract().jsonPath();
        List<String> ids = first.getList("results.sourceId");
        assertThat(ids.get(2)).isEqualTo(ids.get(0));
        assertThat(ids.get(4)).isEqualTo(ids.get(0));
        assertThat(ids.get(1)).isNotEqualTo(ids.get(0));

        as("viewer").when().get("/sources/" + ids.get(0)).then().statusCode(200)
                .body("name", equalTo(wire)).body("kind", equalTo("NEWS_AGENCY")).body("ownership", equalTo("UNKNOWN"))
                .body("reliability.grade", equalTo("F")).body("reliability.label", equalTo("Reliability cannot be judged"))
                .body("reliability.rationale", nullValue()).body("reliability.ratedBy", equalTo("curator"))
                .body("createdBy", equalTo("curator")).body("version", equalTo(0));
        as("viewer").when().get("/sources/" + ids.get(1)).then().statusCode(200)
                .body("kind", equalTo("OTHER")).body("reliability.grade", equalTo("F"));
        // An existing source is never changed by what an item would create it with.
        as("viewer").when().get("/sources/" + TASS).then().statusCode(200)
                .body("kind", equalTo("NEWS_AGENCY")).body("reliability.grade", equalTo("C"));

        as("curator").body(request).when().post("/sources/bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(5))
                .body("results.status", everyItem(equalTo("EXISTING")))
                .body("results.sourceId", equalTo(ids));
        as("viewer").queryParam("q", run).when().get("/sources").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aNewSourceTakesTheKindAndReliabilityGiven() {
        String name = "Violations Documentation Center " + tag();
        String id = as("curator").body(bulk(List.of("""
                {"name": "%s", "kind": "NGO", "reliability": {"grade": "B", "rationale": "Documents each death by name"}}
                """.formatted(name)))).when().post("/sources/bulk").then().statusCode(200)
                .body("results[0].status", equalTo("CREATED")).extract().path("results[0].sourceId");
        as("viewer").when().get("/sources/" + id).then().statusCode(200)
                .body("kind", equalTo("NGO")).body("reliability.grade", equalTo("B"))
                .body("reliability.rationale", equalTo("Documents each death by name"));
    }

    @Test
    void viewersAreRefused() {
        String name = "Viewer Gazette " + tag();
        as("viewer").body(bulk(List.of(item(name)))).when().post("/sources/bulk")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/forbidden"));
        as("viewer").queryParam("q", name).when().get("/sources").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void invalidItemsAreRefusedNamingEachField() {
        String run = tag();
        as("curator").body("""
                {"sources": [{"name": " "}, {"name": "Kind %1$s", "kind": "BLOG"}, {"name": "Grade %1$s", "reliability": {"grade": "Z"}},
                             null, {"name": "%2$s"}]}
                """.formatted(run, "x".repeat(301))).when().post("/sources/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", containsInAnyOrder("sources[0].name", "sources[1].kind", "sources[2].reliability.grade",
                        "sources[3]", "sources[4].name"));
        as("viewer").queryParam("q", run).when().get("/sources").then().statusCode(200).body("items", hasSize(0));
        as("curator").body("{\"sources\": []}").when().post("/sources/bulk")
                .then().statusCode(400).body("errors.field", contains("sources"));
    }

    @Test
    void aThousandAreAcceptedAndMoreAreRefusedByTheBatchLimit() {
        String run = tag();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(item("Limit Outlet " + run + " " + i));
        }
        String over = bulk(items);
        // Far below the request-size limit (8 MiB in tests), so that only the batch limit can refuse it.
        assertThat(over.getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
        as("curator").body(over).when().post("/sources/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sources")).body("errors[0].message", containsString("1000"));
        as("viewer").queryParam("q", "Limit Outlet " + run).when().get("/sources").then().statusCode(200).body("items", hasSize(0));
        as("curator").body(bulk(items.subList(0, 1000))).when().post("/sources/bulk")
                .then().statusCode(200).body("created", equalTo(1000)).body("results", hasSize(1000));
    }

    @Test
    void racingRequestsCreateEachNameOnce() throws Exception {
        String run = tag();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            names.add("Race Outlet " + run + " " + i);
        }
        String token = tokens.accessToken("curator");
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int r = 0; r < racers; r++) {
                // Each in another order, and half of them in another case: still one source per name, and no deadlock.
                List<String> mine = new ArrayList<>(names);
                Collections.shuffle(mine);
                boolean upper = r % 2 == 1;
                String request = bulk(mine.stream().map(n -> item(upper ? n.toUpperCase(Locale.ROOT) : n)).toList());
                futures.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(request).when().post("/sources/bulk");
                }));
            }
            start.countDown();
            Map<String, String> idOfName = new HashMap<>();
            int created = 0;
            for (Future<Response> f : futures) {
                Response response = f.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                JsonPath json = response.jsonPath();
                created += json.getInt("created");
                List<String> stored = json.getList("results.name");
                List<String> ids = json.getList("results.sourceId");
                for (int i = 0; i < stored.size(); i++) {
                    String known = idOfName.putIfAbsent(stored.get(i).toLowerCase(Locale.ROOT), ids.get(i));
                    assertThat(known == null ? ids.get(i) : known).as(stored.get(i)).isEqualTo(ids.get(i));
                }
            }
            assertThat(created).isEqualTo(50);
            assertThat(idOfName).hasSize(50);
        } finally {
            pool.shutdownNow();
        }
        as("viewer").queryParam("q", "Race Outlet " + run).queryParam("limit", 100).when().get("/sources").then().statusCode(200)
                .body("items", hasSize(50));
    }

    /**
     * The race made certain: another transaction has inserted the name and not yet committed when the
     * request arrives. The request waits for it, then answers EXISTING with that transaction's source.
     */
    @Test
    void aNameInsertedByATransactionStillOpenIsWaitedForAndFound() throws Exception {
        String taken = "Uncommitted Outlet " + tag();
        String fresh = "Fresh Outlet " + tag();
        UUID theirs = UUID.randomUUID();
        String token = tokens.accessToken("curator");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO source (id, name, kind, ownership, reliability_grade, reliability_rated_by, reliability_rated_at,
                                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 'NEWSPAPER', 'UNKNOWN', 'C', 'test', now(), now(), 'test', now(), 'test')""")) {
                insert.setObject(1, theirs);
                insert.setString(2, taken);
                insert.executeUpdate();
            }
            Future<Response> request = pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(bulk(List.of(item(fresh), item(taken.toLowerCase(Locale.ROOT))))).when().post("/sources/bulk"));
            Thread.sleep(1500);
            assertThat(request.isDone()).as("the request waits for the open transaction").isFalse();
            db.commit();
            request.get(60, TimeUnit.SECONDS).then().statusCode(200)
                    .body("results.status", contains("CREATED", "EXISTING"))
                    .body("results[1].sourceId", equalTo(theirs.toString()))
                    .body("results[1].name", equalTo(taken));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The service's own database, as the test resource configured it. */
    static Connection database() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }

    @Test
    void theOperationIsDocumented() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/sources/bulk'.post.summary", equalTo("Find or create up to 1,000 sources by name"))
                .body("paths.'/sources/bulk'.post.description", containsString("CREATED or"))
                .body("components.schemas.SourceByNameInput.properties.name.description", containsString("case-insensitively"))
                // The article schema tells clients which fields a citation leaves null.
                .body("components.schemas.Article.properties.url.type", hasItem("null"))
                .body("components.schemas.Article.properties.body.type", hasItem("null"))
                .body("components.schemas.Article.properties.publishedAt.type", hasItem("null"))
                .body("components.schemas.Article.properties.title.type", equalTo("string"))
                .body("components.schemas.Article.properties.publishedOn.anyOf.'$ref'", hasItem("#/components/schemas/LocalDate"));
    }
}
