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

    private JsonPath page(Map<String, Object> variables) {
        return GraphQLClient.post(tokens.accessToken("viewer"), PAGE, variables)
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }
}
