package org.conflictmonitor.events.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * With actors-service down, a write that needs it fails fast with a 503 that names the service, and
 * stores nothing; reads that do not need it go on working.
 */
@QuarkusTest
@EventsPlatformTest
class DownstreamOutageTest {

    static final String CLASH = "0e000000-0000-7000-8000-000000000001";

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void aDeadActorsServiceIsA503AndNothingIsStored() {
        ServiceProcess actors = platform.service("actors-service");
        String title = "Written during an outage " + java.util.UUID.randomUUID();
        actors.close();
        try {
            long began = System.nanoTime();
            given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body("""
                    {"dateFrom": "2020-07-20", "subEventType": "ARMED_CLASH", "title": "%s", "location": {"country": "AZE"},
                     "actors": [{"actorId": "0a000000-0000-7000-8000-000000000024", "side": "A"}], "status": "PUBLISHED"}
                    """.formatted(title))
                    .when().post("/events")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://conflict-monitor.org/problems/service-unavailable"))
                    .body("title", equalTo("actors-service unavailable"));
            assertThat((System.nanoTime() - began) / 1_000_000).isLessThan(8_000);

            given().auth().oauth2(tokens.accessToken("viewer")).when().get("/events/" + CLASH).then().statusCode(200);
            given().auth().oauth2(tokens.accessToken("viewer")).queryParam("q", "outage").when().get("/events")
                    .then().statusCode(200).body("items.title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(title)));
        } finally {
            actors.start();
        }
    }
}
