package org.conflictmonitor.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Relay's object identification, which normalising caches rely on: every entity by its id alone,
 * with `__typename` saying what it is, through `node` and `nodes`.
 */
@QuarkusTest
@GatewayPlatformTest
class ObjectIdentificationTest {

    static final String UNKNOWN = "0e000000-0000-7000-8000-0000000000ff";

    static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Event { title } ... on Actor { name } ... on Article { title } ... on Source { name }
              ... on Conflict { name } ... on Claim { summary } } }""";

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void eachKindOfEntityByItsIdAlone() {
        String claim = GraphQLClient.post(tokens.accessToken("viewer"), "query($id: ID!) { event(id: $id) { claims { id } } }",
                Map.of("id", SeedArticleQueryTest.CLASH)).extract().path("data.event.claims[0].id");
        Map<String, String> typeOf = Map.of(
                SeedArticleQueryTest.CLASH, "Event",
                SeedArticleQueryTest.AZ_FORCES, "Actor",
                SeedArticleQueryTest.SEED_ARTICLE, "Article",
                SeedArticleQueryTest.TASS, "Source",
                SeedArticleQueryTest.CONFLICT, "Conflict",
                claim, "Claim");
        typeOf.forEach((id, type) -> GraphQLClient.post(tokens.accessToken("viewer"), NODE, Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo(type))
                .body("data.node.id", equalTo(id)));
    }

    @Test
    void anArticleIsOneTypeWhereverItAppearsWithItsTextWhenAskedFor() {
        io.restassured.path.json.JsonPath answer = GraphQLClient.post(tokens.accessToken("viewer"), """
                query($id: ID!, $event: ID!) {
                  article(id: $id) { __typename id body createdBy }
                  searchArticles(q: "CSTO") { nodes { article { __typename id body createdBy } } }
                  event(id: $event) { claims { article { __typename id body } } }
                  source(id: "%s") { articles { __typename id body } }
                }""".formatted(SeedArticleQueryTest.TASS), Map.of("id", SeedArticleQueryTest.SEED_ARTICLE, "event", SeedArticleQueryTest.CLASH))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
        String body = answer.getString("data.article.body");
        org.assertj.core.api.Assertions.assertThat(body).contains("CSTO");
        org.assertj.core.api.Assertions.assertThat(answer.getString("data.article.__typename")).isEqualTo("Article");
        Map<String, Object> hit = answer.getMap("data.searchArticles.nodes.find { it.article.id == '" + SeedArticleQueryTest.SEED_ARTICLE + "' }.article");
        org.assertj.core.api.Assertions.assertThat(hit).containsEntry("__typename", "Article").containsEntry("body", body)
                .containsEntry("createdBy", answer.getString("data.article.createdBy"));
        Map<String, Object> cited = answer.getMap("data.event.claims.article.find { it != null && it.id == '" + SeedArticleQueryTest.SEED_ARTICLE + "' }");
        org.assertj.core.api.Assertions.assertThat(cited).containsEntry("__typename", "Article").containsEntry("body", body);
        Map<String, Object> listed = answer.getMap("data.source.articles.find { it.id == '" + SeedArticleQueryTest.SEED_ARTICLE + "' }");
        org.assertj.core.api.Assertions.assertThat(listed).containsEntry("__typename", "Article").containsEntry("body", body);
    }

    @Test
    void nodesKeepTheOrderAskedWithNullForIdsNothingHas() {
        GraphQLClient.post(tokens.accessToken("viewer"), "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
                        Map.of("ids", List.of(SeedArticleQueryTest.TASS, UNKNOWN, SeedArticleQueryTest.CLASH, SeedArticleQueryTest.TASS)))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.nodes", hasSize(4))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes.findAll { it != null }.__typename", contains("Source", "Event", "Source"))
                .body("data.nodes.findAll { it != null }.id", contains(SeedArticleQueryTest.TASS, SeedArticleQueryTest.CLASH, SeedArticleQueryTest.TASS));
        GraphQLClient.post(tokens.accessToken("viewer"), NODE, Map.of("id", UNKNOWN))
                .body("errors", nullValue())
                .body("data.node", nullValue());
    }

    @Test
    void aMalformedIdIsTheCallersErrorNamingTheArgument() {
        GraphQLClient.post(tokens.accessToken("viewer"), NODE, Map.of("id", "1-1-1-1-1"))
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields[0].field", equalTo("id"));
    }

    @Test
    void moreThanAHundredIdsAreRefusedNamingTheArgument() {
        GraphQLClient.post(tokens.accessToken("viewer"), "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                        Map.of("ids", Collections.nCopies(101, UNKNOWN)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields[0].field", equalTo("ids"));
    }
}
