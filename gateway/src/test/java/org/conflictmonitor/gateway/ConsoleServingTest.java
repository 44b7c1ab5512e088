package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;

/**
 * The analyst console comes from the gateway's own origin: its page and bundle, and the settings it
 * signs in with, before anyone has a token; and the map's points for a whole filter in one query.
 */
@QuarkusTest
@GatewayPlatformTest
class ConsoleServingTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @Test
    void theConsoleAndItsSettingsNeedNoToken() {
        given().when().get("/console/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
        given().when().get("/console/config.json").then().statusCode(200)
                .body("clientId", equalTo("conflict-monitor-console"))
                .body("issuer", endsWith("/realms/conflict-monitor"));
    }

    @Test
    void theFilteredEventsDownloadFromTheGatewaysOriginWithTheCallersToken() {
        String csv = given().auth().oauth2(tokens.accessToken("viewer")).queryParam("country", "AZE")
                .when().get("/exports/events.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("events.csv"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv.lines().skip(1)).isNotEmpty()
                .anySatisfy(row -> org.assertj.core.api.Assertions.assertThat(row).contains("Tovuz"));
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("country", "AZE")
                .when().get("/exports/events.geojson").then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).body("features.size()", greaterThan(0));
        given().queryParam("country", "AZE").when().get("/exports/events.csv").then().statusCode(401);
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("country", "XX")
                .when().get("/exports/events.csv").then().statusCode(400).body("errors[0].field", equalTo("country"));
    }

    @Test
    void theMapGetsAWholeFilterInOneQuery() {
        GraphQLClient.post(tokens.accessToken("viewer"), """
                query($filter: EventFilter) { eventPoints(filter: $filter) { complete points { id latitude longitude killed } } }""",
                        Map.of("filter", Map.of("country", "AZE")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.eventPoints.complete", equalTo(true))
                .body("data.eventPoints.points.id", hasItem(SeedArticleQueryTest.CLASH))
                .body("data.eventPoints.points.find { it.id == '" + SeedArticleQueryTest.CLASH + "' }.killed", greaterThan(3));
        GraphQLClient.post(tokens.accessToken("viewer"), "{ eventPoints(limit: 0) { complete } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.invalidFields[0].field", equalTo("limit"));
    }
}
