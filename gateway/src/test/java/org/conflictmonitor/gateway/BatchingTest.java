package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * No N+1: a query for N events with their conflict, actors and their relations, claims, cited
 * articles, the articles' sources with their actors and newest articles costs the same number of service calls for 1 event as for 100,
 * as counted by the services themselves, however the services' answers race (see RequestLane).
 */
@QuarkusTest
@GatewayPlatformTest
class BatchingTest {

    static final String QUERY = """
            query($tag: String!, $n: Int!) {
              events(filter: {tags: [$tag]}, first: $n) {
                nodes {
                  title
                  conflict { name parties { actor { name } } }
                  actors { side actor { name relations { type object { name } } } }
                  linkedFrom { event { title } }
                  claims { claimant { name } initiator { name } article { title source { name actor { name } articles(first: 2) { title } } } }
                }
              }
            }""";
    static final String[] ACTORS = { "0a000000-0000-7000-8000-000000000024", "0a000000-0000-7000-8000-000000000027",
            "0a000000-0000-7000-8000-000000000028", "0a000000-0000-7000-8000-000000000003", "0a000000-0000-7000-8000-000000000002" };
    static final String TASS = "0c000000-0000-7000-8000-000000000001";
    static final String TAG = "batching-" + UUID.randomUUID();
    static boolean created;

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @BeforeEach
    void hundredEventsWithActorsAndClaims() {
        if (created) {
            return;
        }
        // Their own conflict and article, so that the seed data other tests read stays as it is.
        String events = platform.service("events-service").url();
        String curator = tokens.accessToken("curator");
        String conflict = given().baseUri(events).auth().oauth2(curator).contentType(ContentType.JSON).body("""
                {"name": "Batching conflict %s", "type": "INTERSTATE",
                 "parties": [{"actorId": "%s", "side": "A"}, {"actorId": "%s", "side": "B"}]}
                """.formatted(TAG, ACTORS[3], ACTORS[4])).when().post("/conflicts").then().statusCode(201).extract().path("id");
        String article = given().baseUri(platform.service("sources-service").url()).auth().oauth2(curator).contentType(ContentType.JSON)
                .body("""
                        {"sourceId": "%s", "url": "https://tass.com/world/%s", "title": "Batching report", "language": "en",
                         "body": "Both sides report casualties.", "publishedAt": "2019-07-30T12:00:00+03:00"}
                        """.formatted(TASS, TAG)).when().post("/articles").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 100; i++) {
            String id = given().baseUri(events).auth().oauth2(curator).contentType(ContentType.JSON).body("""
                    {"conflictId": "%s", "dateFrom": "2019-07-%02d", "subEventType": "ARMED_CLASH", "title": "Batching clash %d",
                     "location": {"country": "AZE"}, "tags": ["%s"], "status": "PUBLISHED",
                     "actors": [{"actorId": "%s", "side": "A"}, {"actorId": "%s", "side": "B"}]}
                    """.formatted(conflict, 1 + i % 28, i, TAG, ACTORS[i % 5], ACTORS[(i + 1) % 5]))
                    .when().post("/events").then().statusCode(201).extract().path("id");
            given().baseUri(events).auth().oauth2(curator).contentType(ContentType.JSON).body("""
                    {"articleId": "%s", "claimantActorId": "%s", "summary": "Claim %d", "initiatorActorId": "%s",
                     "figures": [{"group": "SIDE_B", "killed": {"best": %d}}], "credibility": 3}
                    """.formatted(article, ACTORS[(i + 2) % 5], i, ACTORS[i % 5], i % 7))
                    .when().post("/events/" + id + "/claims").then().statusCode(201);
        }
        created = true;
    }

    @Test
    void oneEventAndAHundredEventsCostTheSameServiceCalls() {
        Map<String, Long> forOne = callsFor(1);
        Map<String, Long> forHundred = callsFor(100);
        assertThat(forOne).as("service calls for 1 event").containsKeys("events-service /events", "events-service /events/claims/by-events",
                "actors-service /actors/lookup", "actors-service /actors/relations/by-actors", "sources-service /articles/lookup",
                "sources-service /sources/lookup", "sources-service /sources/articles/by-sources");
        assertThat(forHundred).as("service calls for 100 events").isEqualTo(forOne);
        assertThat(forOne.values().stream().mapToLong(Long::longValue).sum()).as("calls in all").isLessThanOrEqualTo(12);
    }

    @Test
    void aLevelOfMoreParentsThanOneServiceCallTakesIsSplitIntoCallsItAccepts() {
        // 600 articles at one level, each asking for the events citing it: events-service takes 500 ids a call.
        String word = "chunking" + TAG.replaceAll("[^a-z]", "");
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            inputs.add(Map.of("sourceId", TASS, "url", "https://tass.com/world/" + word + "-" + i, "title", word + " report " + i,
                    "language", "en", "body", "Shelling reported in sector " + i + ".", "publishedOn", "2020-07-12"));
        }
        GraphQLClient.post(tokens.accessToken("curator"), "mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { created rejected } }",
                Map.of("inputs", inputs))
                .body("errors", nullValue()).body("data.ingestArticles.created", org.hamcrest.Matchers.equalTo(600));
        List<String> cursors = new ArrayList<>();
        cursors.add(null);
        for (int page = 0; page < 5; page++) {
            cursors.add(GraphQLClient.post(tokens.accessToken("viewer"), "query($q: String, $after: String) { searchArticles(q: $q, first: 100, after: $after) { pageInfo { endCursor } } }",
                    variables("q", word, "after", cursors.get(page))).body("errors", nullValue()).extract().path("data.searchArticles.pageInfo.endCursor"));
        }
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 6; page++) {
            pages.append(" p").append(page).append(": searchArticles(q: $q, first: 100").append(page == 0 ? "" : ", after: \"" + cursors.get(page) + "\"")
                    .append(") { nodes { article { id events(first: 1) { id } } } }");
        }
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        var answer = GraphQLClient.post(tokens.accessToken("viewer"), "query($q: String) {" + pages + " }", Map.of("q", word))
                .body("errors", nullValue()).extract();
        Map<String, Long> calls = DownstreamCalls.between(before, DownstreamCalls.snapshot(platform));
        long articles = java.util.stream.IntStream.range(0, 6).mapToLong(p -> answer.jsonPath().getList("data.p" + p + ".nodes").size()).sum();
        assertThat(articles).as("articles asked about").isEqualTo(600);
        assertThat(calls.get("events-service /events/by-articles")).as("calls for the events of 600 articles").isEqualTo(2L);
    }

    private static Map<String, Object> variables(String... namesAndValues) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private Map<String, Long> callsFor(int n) {
        Map<String, Long> before = DownstreamCalls.snapshot(platform);
        GraphQLClient.post(tokens.accessToken("viewer"), QUERY, Map.of("tag", TAG, "n", n))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.events.nodes", hasSize(n))
                .body("data.events.nodes[0].claims[0].article.source.actor.name", org.hamcrest.Matchers.equalTo("TASS"));
        Map<String, Long> calls = DownstreamCalls.between(before, DownstreamCalls.snapshot(platform));
        System.out.printf("Service calls for %d events: %s%n", n, calls);
        return calls;
    }
}
