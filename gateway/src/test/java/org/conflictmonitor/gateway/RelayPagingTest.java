package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * Lists are Relay cursor connections: each edge has a cursor that pages on from that very item,
 * `nodes` is the edges' nodes, and `pageInfo` gives both ends of the page and whether items come
 * before and after it.
 */
@QuarkusTest
@GatewayPlatformTest
class RelayPagingTest {

    static final String PAGE = """
            query($first: Int, $after: String) {
              actors(first: $first, after: $after) {
                edges { cursor node { id name } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void eachEdgesCursorPagesOnFromItsItem() {
        JsonPath first = page(Map.of("first", 3));
        List<String> cursors = first.getList("data.actors.edges.cursor");
        List<String> ids = first.getList("data.actors.edges.node.id");
        assertThat(ids).hasSize(3).isEqualTo(first.getList("data.actors.nodes.id"));
        assertThat(cursors).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(first.getString("data.actors.pageInfo.startCursor")).isEqualTo(cursors.get(0));
        assertThat(first.getString("data.actors.pageInfo.endCursor")).isEqualTo(cursors.get(2));
        assertThat(first.getBoolean("data.actors.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getBoolean("data.actors.pageInfo.hasPreviousPage")).isFalse();

        JsonPath fromFirstItem = page(Map.of("first", 2, "after", cursors.get(0)));
        assertThat(fromFirstItem.getList("data.actors.edges.node.id")).isEqualTo(ids.subList(1, 3));
        assertThat(fromFirstItem.getList("data.actors.edges.cursor")).isEqualTo(cursors.subList(1, 3));
        assertThat(fromFirstItem.getBoolean("data.actors.pageInfo.hasPreviousPage")).isTrue();
    }

    static final String EVENTS = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              events(first: $first, after: $after, last: $last, before: $before) {
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void eventsPageBackwardToTheSameItemsTheyPagedForward() {
        // Pages of 2, so that the four seed events are enough whatever other tests have created.
        JsonPath first = events(Map.of("first", 2));
        JsonPath second = events(Map.of("first", 2, "after", first.getString("data.events.pageInfo.endCursor")));
        List<String> forward = new java.util.ArrayList<>(first.getList("data.events.edges.node.id"));
        forward.addAll(second.getList("data.events.edges.node.id"));
        assertThat(forward).hasSize(4);

        JsonPath back = events(Map.of("last", 2, "before", second.getString("data.events.pageInfo.startCursor")));
        assertThat(back.getList("data.events.edges.node.id", String.class)).isEqualTo(forward.subList(0, 2));
        assertThat(back.getList("data.events.edges.cursor", String.class)).isEqualTo(first.getList("data.events.edges.cursor", String.class));
        assertThat(back.getBoolean("data.events.pageInfo.hasPreviousPage")).isFalse();
        assertThat(back.getBoolean("data.events.pageInfo.hasNextPage")).isTrue();

        List<String> secondCursors = second.getList("data.events.edges.cursor");
        JsonPath straddling = events(Map.of("last", 2, "before", secondCursors.get(1)));
        assertThat(straddling.getList("data.events.edges.node.id", String.class)).isEqualTo(forward.subList(1, 3));
        assertThat(straddling.getBoolean("data.events.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void pagingBothWaysAtOnceIsRefusedNamingTheArgument() {
        GraphQLClient.post(tokens.accessToken("viewer"), EVENTS, Map.of("first", 2, "last", 2))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields[0].field", org.hamcrest.Matchers.equalTo("last"));
        GraphQLClient.post(tokens.accessToken("viewer"), EVENTS, Map.of("last", 2))
                .body("errors[0].extensions.invalidFields[0].field", org.hamcrest.Matchers.equalTo("before"));
    }

    @Test
    void totalCountCountsWhatTheFiltersMatch() {
        JsonPath counted = GraphQLClient.post(tokens.accessToken("viewer"), """
                { events(first: 100, filter: {country: "AZE", from: "2020-07-01", to: "2020-07-31"}) { nodes { id } totalCount { value exact } } }""")
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        assertThat(counted.getBoolean("data.events.totalCount.exact")).isTrue();
        assertThat(counted.getLong("data.events.totalCount.value")).isEqualTo(counted.getList("data.events.nodes").size());
    }

    /** How a curator creates an item of each list ordered by name, and how the list is asked for by name. */
    enum NamedList {
        ACTORS("createActor(input: {kind: PERSON, name: $name})"),
        CONFLICTS("createConflict(input: {name: $name, type: INTERSTATE})"),
        SOURCES("createSource(input: {name: $name, kind: NEWSPAPER, reliability: {grade: C}})");

        final String create;

        NamedList(String create) {
            this.create = create;
        }

        String field() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(NamedList.class)
    void listsByNamePageBothWaysAndCountWhatTheirFiltersKeep(NamedList list) {
        String prefix = "Paging " + list.field() + " " + java.util.UUID.randomUUID();
        List<String> created = new java.util.ArrayList<>();
        for (String suffix : List.of("a", "b", "c")) {
            created.add(GraphQLClient.post(tokens.accessToken("curator"), "mutation($name: String!) { item: " + list.create + " { id } }",
                    Map.of("name", prefix + " " + suffix)).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                    .extract().jsonPath().getString("data.item.id"));
        }
        String query = """
                query($q: String, $first: Int, $after: String, $last: Int, $before: String) {
                  list: %s(q: $q, first: $first, after: $after, last: $last, before: $before) {
                    nodes { id }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    totalCount { value exact }
                  }
                }""".formatted(list.field());
        JsonPath first = named(query, Map.of("q", prefix, "first", 2));
        assertThat(first.getList("data.list.nodes.id")).isEqualTo(created.subList(0, 2));
        assertThat(first.getBoolean("data.list.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getInt("data.list.totalCount.value")).isEqualTo(3);
        assertThat(first.getBoolean("data.list.totalCount.exact")).isTrue();

        JsonPath rest = named(query, Map.of("q", prefix, "first", 2, "after", first.getString("data.list.pageInfo.endCursor")));
        assertThat(rest.getList("data.list.nodes.id")).isEqualTo(created.subList(2, 3));
        assertThat(rest.getBoolean("data.list.pageInfo.hasNextPage")).isFalse();

        JsonPath back = named(query, Map.of("q", prefix, "last", 2, "before", rest.getString("data.list.pageInfo.startCursor")));
        assertThat(back.getList("data.list.nodes.id")).isEqualTo(created.subList(0, 2));
        assertThat(back.getBoolean("data.list.pageInfo.hasPreviousPage")).isFalse();
        assertThat(back.getBoolean("data.list.pageInfo.hasNextPage")).isTrue();
        JsonPath nearer = named(query, Map.of("q", prefix, "last", 1, "before", rest.getString("data.list.pageInfo.startCursor")));
        assertThat(nearer.getList("data.list.nodes.id")).isEqualTo(created.subList(1, 2));
        assertThat(nearer.getBoolean("data.list.pageInfo.hasPreviousPage")).isTrue();
    }

    @Test
    void aSearchCountsItsMatchesWhenAskedTo() {
        JsonPath hits = named("{ searchArticles(q: \"CSTO\", first: 100) { nodes { rank } totalCount { value exact } } }", Map.of());
        assertThat(hits.getInt("data.searchArticles.totalCount.value")).isEqualTo(hits.getList("data.searchArticles.nodes").size()).isPositive();
        assertThat(hits.getBoolean("data.searchArticles.totalCount.exact")).isTrue();
    }

    private JsonPath named(String query, Map<String, Object> variables) {
        return GraphQLClient.post(tokens.accessToken("viewer"), query, variables)
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }

    private JsonPath events(Map<String, Object> variables) {
        return GraphQLClient.post(tokens.accessToken("viewer"), EVENTS, variables)
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }

    private JsonPath page(Map<String, Object> variables) {
        return GraphQLClient.post(tokens.accessToken("viewer"), PAGE, variables)
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }
}
