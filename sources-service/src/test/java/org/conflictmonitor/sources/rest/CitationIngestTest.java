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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * Citations: articles known by source, date and headline only, as UCDP GED cites its sources. Stored
 * once per (source, day, normalised headline), searchable by headline, listed by their day; and
 * articles with URLs dedup as before.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class CitationIngestTest {

    static final String TASS = "0c000000-0000-7000-8000-000000000001";
    static final ObjectMapper JSON = new ObjectMapper();

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    /** A word no other article has, letters only, so that stemming leaves it whole. */
    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    String newSource(String name) {
        return as("curator").body("""
                {"name": "%s", "kind": "NEWS_AGENCY", "reliability": {"grade": "F"}}
                """.formatted(name)).when().post("/sources").then().statusCode(201).extract().path("id");
    }

    /** A citation as an import sends it; null fields are left out. */
    static String citation(String sourceId, String title, String publishedOn, String citation) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sourceId", sourceId);
        c.put("title", title);
        c.put("citation", citation);
        c.put("language", "en");
        c.put("publishedOn", publishedOn);
        c.values().removeIf(v -> v == null);
        return json(c);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String post(String body, int status) {
        return as("curator").body(body).when().post("/articles").then().statusCode(status).extract().path("id");
    }

    @Test
    void aCitationWithoutUrlOrTextIsStoredOnceAndFoundByItsHeadline() {
        String source = newSource("Citation Wire " + word());
        String word = word();
        String headline = "Angolan UNITA rebels blow up power lines near " + word;
        String cited = "Reuters 1989-05-17 \"" + headline.toUpperCase() + "...\"";
        String id = as("curator").body(citation(source, headline, "1989-05-17", cited)).when().post("/articles")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/articles/"))
                .body("url", nullValue())
                .body("title", equalTo(headline))
                .body("citation", equalTo(cited))
                .body("publishedAt", nullValue())
                .body("publishedOn", equalTo("1989-05-17"))
                .body("contentHash", nullValue())
                .body("sourceId", equalTo(source))
                .extract().path("id");
        as("viewer").when().get("/articles/" + id).then().statusCode(200)
                .body("body", nullValue()).body("url", nullValue()).body("publishedOn", equalTo("1989-05-17"));

        // The same outlet, day and headline, as another dataset row prints it: the same article, unchanged.
        as("curator").body(citation(source, "  ANGOLAN UNITA REBELS BLOW UP POWER-LINES NEAR " + word.toUpperCase() + "...  ", "1989-05-17", null))
                .when().post("/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("title", equalTo(headline)).body("citation", equalTo(cited));

        as("viewer").queryParam("q", word).when().get("/articles").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].article.id", equalTo(id))
                .body("items[0].snippet", containsString("<mark>"));
        // Stemmed like any English headline.
        as("viewer").queryParam("q", "rebel " + word).when().get("/articles").then().statusCode(200)
                .body("items.article.id", contains(id));
    }

    @Test
    void theSameHeadlineOnAnotherDayOrFromAnotherSourceIsAnotherArticle() {
        String run = word();
        String wire = newSource("Day Wire " + run);
        String other = newSource("Other Wire " + run);
        String headline = "Shelling reported in " + run;
        String first = post(citation(wire, headline, "2013-01-03", null), 201);
        String nextDay = post(citation(wire, headline, "2013-01-04", null), 201);
        String otherSource = post(citation(other, headline, "2013-01-03", null), 201);
        String undated = post(citation(wire, headline, null, null), 201);
        String otherHeadline = post(citation(wire, headline + " again", "2013-01-03", null), 201);
        assertThat(new HashSet<>(List.of(first, nextDay, otherSource, undated, otherHeadline))).hasSize(5);
        // Each is found by a word of its headline, its only text.
        as("viewer").queryParam("q", run).queryParam("sourceId", wire).when().get("/articles").then().statusCode(200)
                .body("items.article.id", containsInAnyOrder(first, nextDay, undated, otherHeadline));

        // Each is found again by its own identity.
        assertThat(post(citation(wire, headline, "2013-01-04", null), 200)).isEqualTo(nextDay);
        assertThat(post(citation(other, headline, "2013-01-03", null), 200)).isEqualTo(otherSource);
        assertThat(post(citation(wire, headline, null, null), 200)).isEqualTo(undated);
        // An exact time on the same day (in its own offset) is the same citation: a citation is identified by its day.
        String exact = json(Map.of("sourceId", wire, "title", headline, "language", "en", "publishedAt", "2013-01-03T23:30:00+03:00"));
        assertThat(post(exact, 200)).isEqualTo(first);
    }

    @Test
    void aCitationWithoutHeadlineIsTitledByItsCitationText() {
        String source = newSource("Support Kurds in Syria " + word());
        String cited = "Support Kurds in Syria 2013-01-03 " + word();
        String id = as("curator").body(citation(source, null, "2013-01-03", cited)).when().post("/articles")
                .then().statusCode(201).body("title", equalTo(cited)).body("citation", equalTo(cited)).extract().path("id");
        assertThat(post(citation(source, null, "2013-01-03", cited.toLowerCase()), 200)).isEqualTo(id);
    }

    @Test
    void anArticleWithAUrlButNoTextIsRefusedSoItsTextIsNeverLostLater() {
        String source = newSource("Uppsala Conflict Data Program " + word());
        String url = "https://ucdp.uu.se/downloads/" + word();
        String dataset = json(Map.of("sourceId", source, "url", url, "title", "UCDP Georeferenced Event Dataset (GED) Global version 23.1",
                "language", "en", "publishedOn", "2023-06-20"));
        as("curator").body(dataset).when().post("/articles").then().statusCode(400).body("errors.field", contains("body"));
        String cited = json(Map.of("sourceId", source, "title", "UCDP Georeferenced Event Dataset (GED) Global version 23.1",
                "language", "en", "publishedOn", "2023-06-20"));
        as("curator").body(cited).when().post("/articles").then().statusCode(201)
                .body("url", nullValue()).body("body", nullValue()).body("publishedOn", equalTo("2023-06-20"));
    }

    @Test
    void bulkStoresEachArticleOnceEvenTwiceInOneBatchAndUrlArticlesDedupAsBefore() {
        String run = word();
        String source = newSource("Bulk Wire " + run);
        List<String> items = List.of(
                citation(source, "Clashes in " + run, "2013-01-03", null),
                citation(source, "Airstrike on " + run, "2013-01-03", null),
                citation(source, "CLASHES IN " + run.toUpperCase() + "!", "2013-01-03", null),
                ArticleIngestTest.article("https://tass.com/cite/" + run + "/1", "Text of " + run),
                ArticleIngestTest.article("https://tass.com/cite/" + run + "/1?utm_medium=rss", "Other text of " + run),
                citation(null, "No source " + run, "2013-01-03", null),
                citation(source, "Airstrike on " + run, "2013-01-05", null),
                ArticleIngestTest.article("https://tass.com/cite/" + run + "/2", "TEXT OF " + run));
        String batch = "{\"articles\": [" + String.join(",", items) + "]}";
        JsonPath first = as("curator").body(batch).when().post("/articles/bulk").then().statusCode(200)
                .body("results.status", contains("CREATED", "CREATED", "EXISTING", "CREATED", "EXISTING", "REJECTED", "CREATED", "DUPLICATE"))
                .body("created", equalTo(4)).body("existing", equalTo(2)).body("rejected", equalTo(1)).body("duplicates", equalTo(1))
                .body("results[5].problem.status", equalTo(400))
                .body("results[5].problem.errors.field", contains("sourceId"))
                .extract().jsonPath();
        List<String> ids = first.getList("results.article.id");
        assertThat(ids.get(2)).isEqualTo(ids.get(0));
        assertThat(ids.get(4)).isEqualTo(ids.get(3));
        assertThat(ids.get(6)).isNotEqualTo(ids.get(1));
        assertThat(first.getString("results[7].article.duplicateOf")).isEqualTo(ids.get(3));

        as("curator").body(batch).when().post("/articles/bulk").then().statusCode(200)
                .body("results.status", contains("EXISTING", "EXISTING", "EXISTING", "EXISTING", "EXISTING", "REJECTED", "EXISTING", "EXISTING"))
                .body("results.article.id", equalTo(ids));
    }

    @Test
    void invalidCitationsAreRefusedNamingEachField() {
        String source = newSource("Invalid Wire " + word());
        as("curator").body("{\"title\": \"No source, no URL\", \"language\": \"en\"}").when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", contains("sourceId"));
        as("curator").body(citation(source, null, "2013-01-03", "  ")).when().post("/articles")
                .then().statusCode(400).body("errors.field", contains("title"));
        as("curator").body(json(Map.of("sourceId", source, "title", "Mismatch", "language", "en",
                "publishedAt", "2013-01-03T23:30:00-05:00", "publishedOn", "2013-01-04"))).when().post("/articles")
                .then().statusCode(400).body("errors.field", contains("publishedOn"));
        as("curator").body(json(Map.of("sourceId", source, "title", "Consistent", "language", "en",
                "publishedAt", "2013-01-03T23:30:00-05:00", "publishedOn", "2013-01-03"))).when().post("/articles")
                .then().statusCode(201).body("publishedOn", equalTo("2013-01-03"));
        as("curator").body(citation(source, "Bad day", "2013-02-30", null)).when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("publishedOn"));
        as("curator").body(json(Map.of("url", "https://tass.com/" + word(), "title", "No date", "body", "Text.", "language", "en"))).when().post("/articles")
                .then().statusCode(400).body("errors.field", contains("publishedAt"));
        as("curator").body(citation(UUID.randomUUID().toString(), "Unknown source", "2013-01-03", null)).when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("sourceId"));
        // Every invalid field of one article at once.
        as("curator").body("{\"language\": \"xx-!!\", \"publishedOn\": null}").when().post("/articles")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("language", "sourceId", "title"));
    }

    @Test
    void viewersCannotIngestCitations() {
        String one = citation(TASS, "Viewer " + word(), "2013-01-03", null);
        as("viewer").body(one).when().post("/articles")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        as("viewer").body("{\"articles\": [" + one + "]}").when().post("/articles/bulk")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/forbidden"));
    }

    @Test
    void aBatchOfMoreThanAThousandCitationsIsRefusedByTheBatchLimit() {
        String run = word();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(citation(TASS, "Over the limit " + run + " " + i, "2013-01-03", null));
        }
        String batch = "{\"articles\": [" + String.join(",", items) + "]}";
        // Far below the request-size limit (8 MiB in tests), so that only the batch limit can refuse it.
        assertThat(batch.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
        as("curator").body(batch).when().post("/articles/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/validation"))
                .body("errors.field", contains("articles"))
                .body("errors[0].message", containsString("1000"));
        // Nothing of it was stored.
        as("viewer").queryParam("q", run).when().get("/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aThousandCitationsInOneRequestAreStoredAndFoundAgain() {
        String run = word();
        String source = newSource("Thousand Wire " + run);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(citation(source, "Report " + i + " on fighting near " + run, "2013-01-" + String.format("%02d", 1 + i % 28),
                    "Thousand Wire 2013-01-" + String.format("%02d", 1 + i % 28) + " \"Report " + i + "\""));
        }
        String batch = "{\"articles\": [" + String.join(",", items) + "]}";
        RequestSpecification request = as("curator").body(batch);
        // Timed from sending the request to having the whole response, before any check of it.
        long start = System.nanoTime();
        Response response = request.when().post("/articles/bulk");
        response.asByteArray();
        long createdMillis = (System.nanoTime() - start) / 1_000_000;
        JsonPath created = response.then().statusCode(200)
                .body("created", equalTo(1000)).body("results.status", everyItem(equalTo("CREATED")))
                .extract().jsonPath();
        List<String> ids = created.getList("results.article.id");
        assertThat(new HashSet<>(ids)).hasSize(1000);
        request = as("curator").body(batch);
        start = System.nanoTime();
        response = request.when().post("/articles/bulk");
        response.asByteArray();
        long existingMillis = (System.nanoTime() - start) / 1_000_000;
        response.then().statusCode(200).body("existing", equalTo(1000)).body("results.article.id", equalTo(ids));
        System.out.printf("1,000 citations in one bulk request: %d ms to create, %d ms to find again (%d bytes)%n",
                createdMillis, existingMillis, batch.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void racingBatchesStoreEachCitationOnce() throws Exception {
        String run = word();
        String source = newSource("Race Wire " + run);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(citation(source, "Raced report " + i + " " + run, "2013-01-03", null));
        }
        String token = tokens.accessToken("curator");
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int r = 0; r < racers; r++) {
                List<String> shuffled = new ArrayList<>(items);
                Collections.shuffle(shuffled);
                String batch = "{\"articles\": [" + String.join(",", shuffled) + "]}";
                futures.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(batch).when().post("/articles/bulk");
                }));
            }
            start.countDown();
            Map<String, String> idOfTitle = new LinkedHashMap<>();
            int createdTotal = 0;
            for (Future<Response> f : futures) {
                Response response = f.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                JsonPath json = response.jsonPath();
                createdTotal += json.getInt("created");
                List<String> titles = json.getList("results.article.title");
                List<String> ids = json.getList("results.article.id");
                for (int i = 0; i < titles.size(); i++) {
                    String known = idOfTitle.putIfAbsent(titles.get(i), ids.get(i));
                    assertThat(known == null ? ids.get(i) : known).as(titles.get(i)).isEqualTo(ids.get(i));
                }
            }
            assertThat(createdTotal).isEqualTo(100);
            assertThat(idOfTitle).hasSize(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsPlaceDayOnlyCitationsByTheirDayAndUndatedOnesLast() {
        String run = word();
        String source = newSource("Order Wire " + run);
        post(json(Map.of("sourceId", source, "title", "Exact " + run, "language", "en", "publishedAt", "2020-07-14T12:00:00+03:00")), 201);
        post(citation(source, "Day " + run, "2020-07-14", null), 201);
        post(citation(source, "Later day " + run, "2021-01-01", null), 201);
        post(citation(source, "Undated " + run, null, null), 201);
        List<String> expected = List.of("Later day " + run, "Exact " + run, "Day " + run, "Undated " + run);
        as("viewer").when().get("/sources/" + source + "/articles").then().statusCode(200)
                .body("items.title", equalTo(expected));
        // One at a time, through the cursor: the same order, each once.
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as("viewer").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/sources/" + source + "/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.title"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).isEqualTo(expected);
        // A day counts from 00:00 UTC; the undated one has no place in a date range.
        as("viewer").queryParam("sourceId", source).queryParam("publishedFrom", "2020-07-14T00:00:00Z").when().get("/articles")
                .then().statusCode(200).body("items.article.title", equalTo(expected.subList(0, 3)));
        as("viewer").queryParam("sourceId", source).queryParam("publishedFrom", "2020-07-14T00:00:01Z").when().get("/articles")
                .then().statusCode(200).body("items.article.title", not(hasItem("Day " + run)))
                .body("items.article.title", hasItem("Exact " + run));
        as("viewer").queryParam("sourceId", source).queryParam("q", run).queryParam("publishedTo", "2021-01-01T00:00:00Z")
                .when().get("/articles").then().statusCode(200)
                .body("items.article.title", containsInAnyOrder("Exact " + run, "Day " + run))
                .body("items.article.publishedOn", everyItem(notNullValue()));
    }
}
