package org.conflictmonitor.sources.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * Ingest: one article per canonical URL, duplicates of the same text flagged, sources found by
 * domain, and every refusal a problem that names what was wrong.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ArticleIngestTest {

    static final String TASS = "0c000000-0000-7000-8000-000000000001";
    static final String SEED_URL = "https://tass.com/world/post-soviet-security-bloc-concerned-by-clashes-on-armenian-azeri-border";
    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    static String article(String url, String body) {
        return """
                {"url": "%s", "title": "Clash on the border", "lede": "Both sides blame each other.",
                 "body": "%s", "language": "en", "publishedAt": "2020-07-13T09:15:00+04:00", "datelinePlace": "BAKU",
                 "authors": ["A. Reporter"]}
                """.formatted(url, body);
    }

    @Test
    void postingTheSeedArticleAgainLeavesExactlyOne() {
        String seed = given().auth().oauth2(tokens.accessToken("viewer")).when().get("/articles/" + SEED_ARTICLE)
                .then().statusCode(200)
                .body("publishedAt", equalTo("2020-07-14T12:00:00+03:00"))
                .body("datelinePlace", equalTo("MOSCOW"))
                .body("language", equalTo("en"))
                .extract().asString();
        String body = io.restassured.path.json.JsonPath.from(seed).getString("body").replace("\"", "\\\"").replace("\n", "\\n");
        for (String url : List.of(SEED_URL, SEED_URL + "?utm_source=x", "HTTPS://TASS.COM:443" + SEED_URL.substring(16) + "#top")) {
            as("curator").body(article(url, body)).when().post("/articles")
                    .then().statusCode(200).body("id", equalTo(SEED_ARTICLE)).body("url", equalTo(SEED_URL));
        }
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("sourceId", TASS).queryParam("q", "\"CSTO Secretariat\"")
                .when().get("/articles").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void theSameTextAtAnotherUrlIsStoredAsADuplicate() {
        String text = "Unique dispatch " + UUID.randomUUID();
        String first = as("curator").body(article("https://tass.com/world/" + UUID.randomUUID(), text)).when().post("/articles")
                .then().statusCode(201).header("Location", notNullValue()).body("duplicateOf", nullValue())
                .body("sourceId", equalTo(TASS))
                .extract().path("id");
        // Same text modulo case and whitespace, relayed by another outlet of the same source.
        as("curator").body(article("https://tass.ru/mezhdunarodnaya-panorama/" + UUID.randomUUID(), "  " + text.toUpperCase() + "  "))
                .when().post("/articles")
                .then().statusCode(201).body("duplicateOf", equalTo(first));
    }

    @Test
    void withoutSourceTheDomainDecidesAndAnUnknownDomainIs422() {
        as("curator").body(article("https://www.news.mod.gov.az/en/" + UUID.randomUUID(), "Text " + UUID.randomUUID()))
                .when().post("/articles")
                .then().statusCode(201).body("sourceId", equalTo("0c000000-0000-7000-8000-000000000003"));
        as("curator").body(article("https://unknown-" + UUID.randomUUID() + ".example.org/a", "Text"))
                .when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sourceId"))
                .body("detail", org.hamcrest.Matchers.containsString("example.org"));
        as("curator").body(article("https://tass.com/x/" + UUID.randomUUID(), "Text").replace("{", "{\"sourceId\": \"" + UUID.randomUUID() + "\","))
                .when().post("/articles")
                .then().statusCode(422).body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void invalidArticlesAreRefusedNamingTheField() {
        as("curator").body(article("ftp://tass.com/file", "Text")).when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        as("curator").body(article("https://tass.com/" + UUID.randomUUID(), "Text").replace("\"en\"", "\"english!\""))
                .when().post("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        as("curator").body("{\"url\": \"https://tass.com/\"}").when().post("/articles")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "body", "language", "publishedAt"));
    }

    @Test
    void internationalisedDomainsAreAccepted() {
        String path = "/новости/" + UUID.randomUUID();
        as("curator").body(article("https://минобороны.рф" + path, "Text " + UUID.randomUUID()).replace("{", "{\"sourceId\": \"" + TASS + "\","))
                .when().post("/articles")
                .then().statusCode(201)
                .body("url", org.hamcrest.Matchers.startsWith("https://xn--90anlfbebar6i.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/"));
    }

    @Test
    void aTextOverOneMebibyteIs413() {
        String huge = "x".repeat(1024 * 1024 + 1);
        as("curator").body(article("https://tass.com/" + UUID.randomUUID(), huge)).when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void aRequestOverTheServiceLimitIs413Problem() {
        String tooBig = "x".repeat(9 * 1024 * 1024);
        as("curator").body(article("https://tass.com/" + UUID.randomUUID(), tooBig)).when().post("/articles/bulk")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://conflict-monitor.org/problems/too-large"));
    }

    @Test
    void bulkIngestReportsEachArticleAndBadOnesNeverSinkGoodOnes() {
        String run = UUID.randomUUID().toString();
        List<String> items = new ArrayList<>();
        items.add(article("https://tass.com/bulk/" + run + "/1", "Bulk one " + run));
        items.add(article("mailto:someone@tass.com", "Bad URL"));
        items.add(article("https://tass.com/bulk/" + run + "/1?utm_medium=rss", "Bulk one again " + run));
        items.add(article("https://tass.com/bulk/" + run + "/2", "Bulk one " + run));
        items.add(article("https://nobody-" + run + ".example.net/3", "No source"));
        items.add(article(SEED_URL, "The seed article, known already"));
        items.add("null");
        as("curator").body("{\"articles\": [" + String.join(",", items) + "]}").when().post("/articles/bulk")
                .then().statusCode(200)
                .body("created", equalTo(1)).body("existing", equalTo(2)).body("duplicates", equalTo(1)).body("rejected", equalTo(3))
                .body("results.status", contains("CREATED", "REJECTED", "EXISTING", "DUPLICATE", "REJECTED", "EXISTING", "REJECTED"))
                .body("results.index", contains(0, 1, 2, 3, 4, 5, 6))
                .body("results[1].problem.errors[0].field", equalTo("url"))
                .body("results[4].problem.status", equalTo(422))
                .body("results[5].article.id", equalTo(SEED_ARTICLE));
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("q", "\"Bulk one\" " + run.substring(0, 8))
                .when().get("/articles").then().statusCode(200);
    }

    @Test
    void bulkOfMoreThanAThousandIsRefused() {
        String one = article("https://tass.com/many", "Many");
        as("curator").body("{\"articles\": [" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]}")
                .when().post("/articles/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("articles"));
    }

    @Test
    void deletingAnArticleClearsItsDuplicatesFlag() {
        String text = "Deleted text " + UUID.randomUUID();
        String first = as("curator").body(article("https://tass.com/del/" + UUID.randomUUID(), text)).when().post("/articles")
                .then().statusCode(201).extract().path("id");
        String copy = as("curator").body(article("https://tass.com/del/" + UUID.randomUUID(), text)).when().post("/articles")
                .then().statusCode(201).extract().path("id");
        as("admin").when().delete("/articles/" + first).then().statusCode(204);
        given().auth().oauth2(tokens.accessToken("viewer")).when().get("/articles/" + copy)
                .then().statusCode(200).body("duplicateOf", nullValue());
    }
}
