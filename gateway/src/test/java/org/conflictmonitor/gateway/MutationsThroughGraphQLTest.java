package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Each mutation through GraphQL as a front end sends it, answering the changed object (so a
 * normalising cache updates) or, for a delete, the id it removed; and the queries a console needs
 * besides lists: resolving a name to actors, statistics, an event's history.
 */
@QuarkusTest
@GatewayPlatformTest
class MutationsThroughGraphQLTest {

    static final String SEED_ARTICLE = "0d000000-0000-7000-8000-000000000001";
    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String AZ_MOD = "0a000000-0000-7000-8000-000000000023";
    static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void aConflictIsCreatedUpdatedAndDeleted() {
        JsonPath created = curator("mutation($name: String!) { createConflict(input: {name: $name, type: INTERSTATE}) { id name version } }",
                Map.of("name", "GraphQL conflict " + TAG), "createConflict");
        String id = created.getString("data.createConflict.id");
        JsonPath updated = curator("""
                mutation($id: ID!, $name: String!, $version: Int) {
                  updateConflict(id: $id, input: {name: $name, type: INTERSTATE, description: "Renamed through GraphQL", version: $version}) {
                    id description version } }""", Map.of("id", id, "name", "GraphQL conflict " + TAG, "version", created.getInt("data.createConflict.version")),
                "updateConflict");
        assertThat(updated.getString("data.updateConflict.description")).isEqualTo("Renamed through GraphQL");
        assertThat(updated.getInt("data.updateConflict.version")).isGreaterThan(created.getInt("data.createConflict.version"));
        assertThat(admin("mutation($id: ID!) { deleteConflict(id: $id) }", Map.of("id", id), "deleteConflict").getString("data.deleteConflict")).isEqualTo(id);
        viewer("query($id: ID!) { conflict(id: $id) { id } }", Map.of("id", id)).body("data.conflict", nullValue());
    }

    @Test
    void anEventAndItsClaimsAreCreatedUpdatedShownInTheHistoryAndDeleted() {
        String event = """
                {dateFrom: "2020-07-14", subEventType: ARMED_CLASH, title: $title, location: {country: "AZE"}, status: PUBLISHED,
                 actors: [{actorId: "%s", side: A}], version: $version}""".formatted(AZ_FORCES);
        JsonPath created = curator("mutation($title: String!, $version: Int) { createEvent(input: " + event + ") { id title version } }",
                Map.of("title", "GraphQL clash " + TAG), "createEvent");
        String id = created.getString("data.createEvent.id");
        JsonPath updated = curator("mutation($id: ID!, $title: String!, $version: Int) { updateEvent(id: $id, input: " + event + ") { id title version } }",
                Map.of("id", id, "title", "GraphQL clash, retitled " + TAG, "version", created.getInt("data.createEvent.version")), "updateEvent");
        assertThat(updated.getString("data.updateEvent.title")).isEqualTo("GraphQL clash, retitled " + TAG);
        JsonPath history = curator("query($id: ID!) { eventHistory(id: $id) { version changedFields event { title } } }", Map.of("id", id), "eventHistory");
        assertThat(history.getList("data.eventHistory.version")).hasSize(2);
        assertThat(history.getList("data.eventHistory[1].changedFields", String.class)).contains("title");

        JsonPath claim = curator("""
                mutation($id: ID!) { addClaim(eventId: $id, input: {articleId: "%s", claimantActorId: "%s", summary: "Said first"}) { id summary version } }"""
                .formatted(SEED_ARTICLE, AZ_MOD), Map.of("id", id), "addClaim");
        String claimId = claim.getString("data.addClaim.id");
        JsonPath changed = curator("""
                mutation($id: ID!, $claim: ID!, $version: Int) {
                  updateClaim(eventId: $id, claimId: $claim, input: {articleId: "%s", claimantActorId: "%s", summary: "Said again", version: $version}) {
                    id summary version } }""".formatted(SEED_ARTICLE, AZ_MOD),
                Map.of("id", id, "claim", claimId, "version", claim.getInt("data.addClaim.version")), "updateClaim");
        assertThat(changed.getString("data.updateClaim.summary")).isEqualTo("Said again");
        assertThat(admin("mutation($id: ID!, $claim: ID!) { deleteClaim(eventId: $id, claimId: $claim) }", Map.of("id", id, "claim", claimId),
                "deleteClaim").getString("data.deleteClaim")).isEqualTo(claimId);
        viewer("query($id: ID!) { event(id: $id) { claims { id } } }", Map.of("id", id)).body("data.event.claims", hasSize(0));

        JsonPath retracted = curator("mutation($id: ID!, $version: Int!) { changeEventStatus(id: $id, input: {status: RETRACTED, version: $version}) { status version title } }",
                Map.of("id", id, "version", updated.getInt("data.updateEvent.version")), "changeEventStatus");
        assertThat(retracted.getString("data.changeEventStatus.status")).isEqualTo("RETRACTED");
        assertThat(retracted.getString("data.changeEventStatus.title")).isEqualTo("GraphQL clash, retitled " + TAG);
        viewer("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).body("data.event", nullValue());

        assertThat(admin("mutation($id: ID!) { deleteEvent(id: $id) }", Map.of("id", id), "deleteEvent").getString("data.deleteEvent")).isEqualTo(id);
        GraphQLClient.post(tokens.accessToken("curator"), "query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).body("data.event", nullValue());
    }

    @Test
    void aRelationBetweenTwoActorsIsAddedAndRemoved() {
        String member = curator("mutation($name: String!) { createActor(input: {kind: PERSON, name: $name}) { id } }",
                Map.of("name", "GraphQL member " + TAG), "createActor").getString("data.createActor.id");
        String group = curator("mutation($name: String!) { createActor(input: {kind: NON_STATE_ARMED_GROUP, name: $name}) { id } }",
                Map.of("name", "GraphQL group " + TAG), "createActor").getString("data.createActor.id");
        JsonPath relation = curator("""
                mutation($member: ID!, $group: ID!) {
                  addActorRelation(actorId: $member, input: {objectId: $group, type: MEMBER_OF}) { id type subject { id } object { id } } }""",
                Map.of("member", member, "group", group), "addActorRelation");
        assertThat(relation.getString("data.addActorRelation.type")).isEqualTo("MEMBER_OF");
        assertThat(relation.getString("data.addActorRelation.object.id")).isEqualTo(group);
        String relationId = relation.getString("data.addActorRelation.id");
        viewer("query($id: ID!) { actor(id: $id) { relations { id } } }", Map.of("id", member)).body("data.actor.relations.id", hasItem(relationId));
        assertThat(curator("mutation($member: ID!, $relation: ID!) { removeActorRelation(actorId: $member, relationId: $relation) }",
                Map.of("member", member, "relation", relationId), "removeActorRelation").getString("data.removeActorRelation")).isEqualTo(relationId);
        viewer("query($id: ID!) { actor(id: $id) { relations { id } } }", Map.of("id", member)).body("data.actor.relations", hasSize(0));
    }

    @Test
    void aSourceIsRatedAgainAndDeletedOnlyOnceItsArticlesAreGone() {
        JsonPath source = curator("""
                mutation($name: String!) { createSource(input: {name: $name, kind: NEWSPAPER, reliability: {grade: C}}) { id version reliability { grade } } }""",
                Map.of("name", "GraphQL Gazette " + TAG), "createSource");
        String id = source.getString("data.createSource.id");
        JsonPath rated = curator("""
                mutation($id: ID!, $name: String!, $version: Int) {
                  updateSource(id: $id, input: {name: $name, kind: NEWSPAPER, reliability: {grade: B, rationale: "Corrects its errors"}, version: $version}) {
                    id reliability { grade } version } }""",
                Map.of("id", id, "name", "GraphQL Gazette " + TAG, "version", source.getInt("data.createSource.version")), "updateSource");
        assertThat(rated.getString("data.updateSource.reliability.grade")).isEqualTo("B");
        String article = curator("""
                mutation($source: ID!, $url: String!) {
                  ingestArticle(input: {sourceId: $source, url: $url, title: "Gazette report", language: "en", body: "A report of %s.", publishedOn: "2020-07-14"}) {
                    status article { id } } }""".formatted(TAG), Map.of("source", id, "url", "https://gazette.example/" + TAG), "ingestArticle")
                .getString("data.ingestArticle.article.id");
        GraphQLClient.post(tokens.accessToken("admin"), "mutation($id: ID!) { deleteSource(id: $id) }", Map.of("id", id))
                .body("data.deleteSource", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        assertThat(admin("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", article), "deleteArticle").getString("data.deleteArticle"))
                .isEqualTo(article);
        assertThat(admin("mutation($id: ID!) { deleteSource(id: $id) }", Map.of("id", id), "deleteSource").getString("data.deleteSource")).isEqualTo(id);
        viewer("query($id: ID!) { source(id: $id) { id } }", Map.of("id", id)).body("data.source", nullValue());
    }

    @Test
    void aNameResolvesToActorsAndStatisticsGroupByYear() {
        viewer("{ resolveActors(name: \"Armed Forces of Azerbaijan\", first: 3) { score actor { id name } } }", Map.of())
                .body("errors", nullValue())
                .body("data.resolveActors.actor.id", hasItem(AZ_FORCES));
        JsonPath stats = viewer("{ eventStats(filter: {country: \"AZE\"}, groupBy: YEAR) { key events killed } }", Map.of())
                .body("errors", nullValue()).extract().jsonPath();
        List<String> years = stats.getList("data.eventStats.key");
        assertThat(years).contains("2020-01-01");
        assertThat(stats.getLong("data.eventStats.find { it.key == '2020-01-01' }.events")).isPositive();
    }

    private JsonPath curator(String query, Map<String, Object> variables, String field) {
        return as("curator", query, variables, field);
    }

    private JsonPath admin(String query, Map<String, Object> variables, String field) {
        return as("admin", query, variables, field);
    }

    private JsonPath as(String user, String query, Map<String, Object> variables, String field) {
        return GraphQLClient.post(tokens.accessToken(user), query, variables).statusCode(200)
                .body("errors", nullValue()).body("data." + field, notNullValue()).extract().jsonPath();
    }

    private io.restassured.response.ValidatableResponse viewer(String query, Map<String, Object> variables) {
        return GraphQLClient.post(tokens.accessToken("viewer"), query, variables).statusCode(200);
    }
}
