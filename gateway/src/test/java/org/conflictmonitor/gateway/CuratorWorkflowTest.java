package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * A curator records a new report entirely through GraphQL — the claimant, its press service as a
 * source, the article, the event with a claim citing it — and reads it back across all services;
 * an admin merges a duplicate actor.
 */
@QuarkusTest
@GatewayPlatformTest
class CuratorWorkflowTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void aCuratorRecordsAReportAndReadsItBack() {
        String curator = tokens.accessToken("curator");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String actorId = GraphQLClient.post(curator, """
                mutation($name: String!) { createActor(input: {kind: GOVERNMENT_BODY, name: $name, country: "ARM",
                  aliases: [{name: "Минобороны Армении", lang: "ru"}]}) { id name aliases { name lang } } }""",
                Map.of("name", "Ministry of Defence of Armenia " + run))
                .body("errors", nullValue()).body("data.createActor.aliases[0].lang", equalTo("ru"))
                .extract().path("data.createActor.id");
        String sourceId = GraphQLClient.post(curator, """
                mutation($name: String!, $domain: String!, $actor: ID!) { createSource(input: {name: $name, kind: MILITARY,
                  homepageUrl: "https://mil.am", domains: [$domain], country: "ARM", languages: ["hy", "en"], ownership: STATE,
                  reliability: {grade: D, rationale: "A party to the fighting."}, actorId: $actor}) { id reliability { grade label } } }""",
                Map.of("name", "Armenian MoD " + run, "domain", run + ".mil.am", "actor", actorId))
                .body("errors", nullValue()).body("data.createSource.reliability.grade", equalTo("D"))
                .extract().path("data.createSource.id");
        String articleInput = """
                {sourceId: "%s", url: "https://%s.mil.am/en/news/%s", title: "Azerbaijani forces shelled Armenian positions",
                 body: "The press service reports shelling in the Tavush direction.", language: "en",
                 publishedAt: "2020-07-12T18:00:00+04:00"}""".formatted(sourceId, run, run);
        String articleId = GraphQLClient.post(curator, "mutation { ingestArticle(input: " + articleInput + ") { status article { id } } }")
                .body("errors", nullValue()).body("data.ingestArticle.status", equalTo("CREATED"))
                .extract().path("data.ingestArticle.article.id");
        GraphQLClient.post(curator, "mutation { ingestArticle(input: " + articleInput + ") { status article { id } } }")
                .body("data.ingestArticle.status", equalTo("EXISTING"))
                .body("data.ingestArticle.article.id", equalTo(articleId));
        String eventId = GraphQLClient.post(curator, """
                mutation($a: ID!, $b: ID!) { createEvent(input: {dateFrom: "2020-07-12", subEventType: SHELLING_ARTILLERY_MISSILE_ATTACK,
                  title: "Shelling in the Tavush direction", location: {country: "ARM", admin1: "Tavush"}, status: PUBLISHED,
                  actors: [{actorId: $a, side: A}, {actorId: $b, side: B}], killed: {best: 0}}) { id code eventType } }""",
                Map.of("a", "0a000000-0000-7000-8000-000000000024", "b", "0a000000-0000-7000-8000-000000000027"))
                .body("errors", nullValue()).body("data.createEvent.eventType", equalTo("EXPLOSIONS_REMOTE_VIOLENCE"))
                .extract().path("data.createEvent.id");
        GraphQLClient.post(curator, """
                mutation($e: ID!, $article: ID!, $claimant: ID!) { addClaim(eventId: $e, input: {articleId: $article,
                  claimantActorId: $claimant, summary: "Azerbaijani forces shelled our positions.", initiatorActorId: "0a000000-0000-7000-8000-000000000024",
                  credibility: 4}) { id } }""", Map.of("e", eventId, "article", articleId, "claimant", actorId))
                .body("errors", nullValue()).body("data.addClaim.id", notNullValue());

        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!) { event(id: $id) { code actors { side actor { name } }
                  claims { claimant { name aliases { name } } article { title source { name actor { name } } events { id } } } } }""",
                Map.of("id", eventId))
                .body("errors", nullValue())
                .body("data.event.code", org.hamcrest.Matchers.startsWith("ARM-2020-"))
                .body("data.event.actors.actor.name", hasItem("Armed Forces of Armenia"))
                .body("data.event.claims[0].claimant.aliases[0].name", equalTo("Минобороны Армении"))
                .body("data.event.claims[0].article.source.name", equalTo("Armenian MoD " + run))
                .body("data.event.claims[0].article.source.actor.name", equalTo("Ministry of Defence of Armenia " + run))
                .body("data.event.claims[0].article.events.id", hasItem(eventId));
    }

    @Test
    void anAdminMergesADuplicateActor() {
        String admin = tokens.accessToken("admin");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String survivor = GraphQLClient.post(admin, "mutation($n: String!) { createActor(input: {kind: PERSON, name: $n}) { id } }",
                Map.of("n", "Sergei Lavrov " + run)).extract().path("data.createActor.id");
        String duplicate = GraphQLClient.post(admin, "mutation($n: String!) { createActor(input: {kind: PERSON, name: $n}) { id } }",
                Map.of("n", "S. Lavrov " + run)).extract().path("data.createActor.id");
        GraphQLClient.post(admin, "mutation($s: ID!, $d: ID!) { mergeActors(survivorId: $s, duplicateId: $d) { id aliases { name } } }",
                Map.of("s", survivor, "d", duplicate))
                .body("errors", nullValue())
                .body("data.mergeActors.aliases.name", hasItem("S. Lavrov " + run));
        GraphQLClient.post(tokens.accessToken("viewer"), "query($id: ID!) { actor(id: $id) { id name } }", Map.of("id", duplicate))
                .body("data.actor.id", equalTo(survivor));
    }
}
