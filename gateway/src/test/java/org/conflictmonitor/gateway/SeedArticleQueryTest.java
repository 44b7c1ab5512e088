package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The query the platform was designed around, in one request: the Tovuz clash with its conflict,
 * both contradicting claims with the article they cite, the article's source, the claimants and
 * the actors on each side; and the navigation back from actors, articles, sources and conflicts.
 */
@QuarkusTest
@GatewayPlatformTest
class SeedArticleQueryTest {

    static final String CLASH = "0e000000-0000-7000-8000-000000000001";
    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";
    static final String TASS = "0c000000-0000-7000-8000-000000000001";
    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String CONFLICT = "0f000000-0000-7000-8000-000000000001";

    /** The seed-article query, as the README shows it: the TypeScript client's document, so both run the same text. */
    static final String SEED_QUERY = read(Path.of("typescript-client/documents/seed-clash.graphql"));

    private static String read(Path document) {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void theSeedClashComesWithEverythingBehindItInOneRequest() {
        GraphQLClient.post(tokens.accessToken("viewer"), SEED_QUERY, Map.of("id", CLASH))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event.code", startsWith("AZE-2020-"))
                .body("data.event.location.admin1", equalTo("Tovuz"))
                .body("data.event.conflict.name", equalTo("Nagorno-Karabakh conflict"))
                .body("data.event.conflict.parties.actor.name", hasItems("Armenia", "Azerbaijan"))
                .body("data.event.conflict.timeline.find { it.title == 'War over Nagorno-Karabakh' }.dateTo", equalTo("1994-12-31"))
                .body("data.event.actors.find { it.side == 'A' }.actor.name", equalTo("Armed Forces of Azerbaijan"))
                .body("data.event.actors.findAll { it.side == 'B' }.actor.name", hasItem("Armed Forces of Armenia"))
                .body("data.event.agreement.agree", equalTo(false))
                .body("data.event.agreement.contested", containsInAnyOrder("INITIATOR", "SUB_EVENT_TYPE"))
                .body("data.event.agreement.fields.findAll { it.group != null }.agree", everyItem(equalTo(true)))
                .body("data.event.claims.claimant.name", contains("Ministry of Defence of Azerbaijan",
                        "Press Service of the Ministry of Defence of Armenia"))
                .body("data.event.claims.initiator.name", contains("Armed Forces of Armenia", "Armed Forces of Azerbaijan"))
                .body("data.event.claims.subEventType", contains("SHELLING_ARTILLERY_MISSILE_ATTACK", "ARMED_CLASH"))
                .body("data.event.claims[0].figures[0].group", equalTo("SIDE_A"))
                .body("data.event.claims[0].figures[0].killed.best", equalTo(4))
                .body("data.event.claims[1].figures.personnel", contains("MILITARY", "POLICE_SECURITY"))
                .body("data.event.claims[1].figures.killed", everyItem(nullValue()))
                .body("data.event.claims[1].figures.injurySeverity", everyItem(equalTo("LIGHT")))
                .body("data.event.claims.article.title", hasItem(startsWith("Post-Soviet security bloc concerned")))
                .body("data.event.claims[0].article.source.name", equalTo("TASS"))
                .body("data.event.claims[0].article.source.reliability.grade", equalTo("C"))
                .body("data.event.claims[0].article.source.actor.name", equalTo("TASS"))
                .body("data.event.linkedFrom.type", contains("REACTION_TO", "REACTION_TO", "REACTION_TO"))
                .body("data.event.linkedFrom.event.title", hasItem(startsWith("Lavrov")));
    }

    @Test
    void oneClaimByIdWithItsEventClaimantAndArticle() {
        String claimId = GraphQLClient.post(tokens.accessToken("viewer"), "query($id: ID!) { event(id: $id) { claims { id } } }", Map.of("id", CLASH))
                .extract().path("data.event.claims[1].id");
        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!) { claim(id: $id) { id summary claimant { name } event { id } article { id } } }""", Map.of("id", claimId))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.claim.id", equalTo(claimId))
                .body("data.claim.claimant.name", org.hamcrest.Matchers.notNullValue())
                .body("data.claim.event.id", equalTo(CLASH))
                .body("data.claim.article.id", org.hamcrest.Matchers.notNullValue());
        GraphQLClient.post(tokens.accessToken("viewer"), "{ claim(id: \"0e000000-0000-7000-8000-0000000000ff\") { id } }")
                .body("errors", org.hamcrest.Matchers.nullValue()).body("data.claim", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void fromAnActorToItsEventsAndRelations() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!) { actor(id: $id) { name
                    events(first: 5) { code claims { claimant { name } } }
                    relations { type subject { name actor { kind } } object { name } } } }""", Map.of("id", AZ_FORCES))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.actor.name", equalTo("Armed Forces of Azerbaijan"))
                .body("data.actor.events.code", hasItem(startsWith("AZE-2020-")))
                .body("data.actor.relations.object.name", hasItem("Ministry of Defence of Azerbaijan"))
                .body("data.actor.relations[0].subject.actor.kind", equalTo("STATE_FORCE"));
    }

    @Test
    void fromAnArticleToItsSourceAndTheEventsCitingIt() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!) { article(id: $id) { title source { name articles(first: 5) { id } }
                    events { title } } }""", Map.of("id", SEED_ARTICLE))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.article.source.name", equalTo("TASS"))
                .body("data.article.source.articles.id", hasItem(SEED_ARTICLE))
                .body("data.article.events.title", hasItems(startsWith("Armed clash"), startsWith("Lavrov")));
    }

    @Test
    void fromAConflictToItsEventsAndFromSearchToSources() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!) {
                  conflict(id: $id) { name events(first: 10) { title } }
                  searchArticles(q: "ceasefire Tovuz", first: 3) { nodes { snippet article { id source { name } } } pageInfo { hasNextPage } }
                  sources(first: 2) { nodes { name } pageInfo { hasNextPage endCursor } }
                }""", Map.of("id", CONFLICT))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.conflict.events.title", hasItem(startsWith("Armed clash")))
                .body("data.searchArticles.nodes[0].article.id", equalTo(SEED_ARTICLE))
                .body("data.searchArticles.nodes[0].article.source.name", equalTo("TASS"))
                .body("data.searchArticles.nodes[0].snippet", org.hamcrest.Matchers.containsString("<mark>"))
                .body("data.sources.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void unknownIdsAreNullNotErrors() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                { event(id: "0e000000-0000-7000-8000-0000000000ff") { title }
                  actor(id: "0a000000-0000-7000-8000-0000000000ff") { name } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.event", nullValue())
                .body("data.actor", nullValue());
    }
}
