package org.conflictmonitor.sources.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTestResource;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.postgres.PostgresTestResource;

/**
 * Full-text search as an analyst uses it: stemmed, ranked, highlighted, in English and Russian.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ArticleSearchTest {

    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";
    static final String TASS = "0c000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    RequestSpecification as(String user) {
        return given().auth().oauth2(tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    ValidatableResponse search(String q) {
        return as("viewer").queryParam("q", q).when().get("/articles").then().statusCode(200);
    }

    String ingest(String url, String language, String title, String body) {
        return as("curator").body("""
                {"sourceId": "%s", "url": "%s", "title": "%s", "body": "%s", "language": "%s", "publishedAt": "2020-07-15T10:00:00Z"}
                """.formatted(TASS, url, title, body, language)).when().post("/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
    }

    @BeforeEach
    void russianArticle() {
        ingest("https://tass.ru/politika/9000001", "ru", "ОДКБ обеспокоена столкновениями на границе",
                "Секретариат ОДКБ призвал стороны немедленно восстановить режим прекращения огня. Перемирие было нарушено двенадцатого июля.");
    }

    @Test
    void ceasefireTovuzFindsTheSeedArticleFirstWithBothWordsHighlighted() {
        search("ceasefire Tovuz")
                .body("items[0].article.id", equalTo(SEED_ARTICLE))
                .body("items[0].snippet", containsString("<mark>ceasefire</mark>"))
                .body("items[0].snippet", containsString("<mark>Tovuz</mark>"))
                .body("items[0].rank", org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void englishStemmingMatchesOtherWordForms() {
        search("clashes escalating").body("items.article.id", hasItem(SEED_ARTICLE));
        search("clash").body("items.article.id", hasItem(SEED_ARTICLE));
    }

    @Test
    void aRussianQueryInAnotherWordFormFindsTheRussianArticle() {
        // "перемирия" (genitive) against "Перемирие" in the text; "столкновение" against "столкновениями".
        search("перемирия").body("items.article.title", hasItem("ОДКБ обеспокоена столкновениями на границе"));
        search("столкновение").body("items.article.language", hasItem("ru"));
        as("viewer").queryParam("q", "перемирия").queryParam("language", "en").when().get("/articles")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void webSearchSyntaxPhrasesOrAndExclusion() {
        search("\"armed clash\"").body("items.article.id", hasItem(SEED_ARTICLE));
        search("\"clash armed\"").body("items.article.id", not(hasItem(SEED_ARTICLE)));
        search("Tovuz -Karabakh").body("items.article.id", not(hasItem(SEED_ARTICLE)));
        search("zzyzxnonexistent OR Mnatsakanyan").body("items.article.id", hasItem(SEED_ARTICLE));
    }

    @Test
    void filtersNarrowTheSearch() {
        as("viewer").queryParam("q", "CSTO").queryParam("publishedFrom", "2020-07-14T00:00:00+03:00")
                .queryParam("publishedTo", "2020-07-15T00:00:00+03:00").when().get("/articles")
                .then().statusCode(200).body("items.article.id", hasItem(SEED_ARTICLE));
        as("viewer").queryParam("q", "CSTO").queryParam("publishedFrom", "2021-01-01T00:00:00Z").when().get("/articles")
                .then().statusCode(200).body("items.article.id", not(hasItem(SEED_ARTICLE)));
        as("viewer").queryParam("q", "CSTO").queryParam("sourceId", UUID.randomUUID()).when().get("/articles")
                .then().statusCode(200).body("items", empty());
        as("viewer").queryParam("publishedFrom", "yesterday").when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aSearchCountsItsMatchesUnderTheSameFilters() {
        int csto = as("viewer").queryParam("q", "CSTO").queryParam("limit", 100).when().get("/articles").then().extract().path("items.size()");
        as("viewer").queryParam("q", "CSTO").when().get("/articles/count").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.equalTo(csto)).body("exact", org.hamcrest.Matchers.equalTo(true));
        as("viewer").queryParam("q", "CSTO").queryParam("sourceId", UUID.randomUUID()).when().get("/articles/count").then().statusCode(200)
                .body("value", org.hamcrest.Matchers.equalTo(0));
        int all = as("viewer").queryParam("limit", 100).when().get("/articles").then().extract().path("items.size()");
        as("viewer").when().get("/articles/count").then().statusCode(200).body("value", org.hamcrest.Matchers.equalTo(all));
        as("viewer").queryParam("bound", 1).when().get("/articles/count").then().statusCode(200)
                .body("exact", org.hamcrest.Matchers.equalTo(false)).body("value", org.hamcrest.Matchers.greaterThan(1));
        as("viewer").queryParam("language", "not a tag!").when().get("/articles/count").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("language"));
    }

    @Test
    void snippetsEscapeTheArticlesMarkup() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ingest("https://tass.com/escape/" + run, "en", "Markup " + run,
                "Quoted <script>alert(1)</script> where 5 < 6 marker" + run + " & more");
        search("marker" + run).body("items[0].snippet", containsString("5 &lt; 6"))
                .body("items[0].snippet", containsString("&amp; more"))
                .body("items[0].snippet", not(containsString("<script>")));
    }

    @Test
    void searchPagesThroughEveryMatchOnce() {
        String run = "pagetoken" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            ingest("https://tass.com/paging/" + run + "/" + i, "en", "Paging " + i, (run + " ").repeat(i + 1) + "text " + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as("viewer").queryParam("q", run).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page = request.when().get("/articles").then().statusCode(200);
            seen.addAll(page.extract().path("items.article.title"));
            cursor = page.extract().path("nextCursor");
        } while (cursor != null);
        // Most mentions rank first.
        assertThat(seen).containsExactly("Paging 4", "Paging 3", "Paging 2", "Paging 1", "Paging 0");
    }
}
