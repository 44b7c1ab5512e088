package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * One trace across gateway and services: a request that arrives with a W3C trace context reaches
 * each service it needs within the same trace, as the services' access logs show.
 */
@QuarkusTest
@GatewayPlatformTest
class TracingTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void theCallersTraceContinuesIntoEveryServiceCalled() throws IOException, InterruptedException {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String traceId = HexFormat.of().formatHex(id);
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Map.of("query", "{ event(id: \"0e000000-0000-7000-8000-000000000001\") { title actors { actor { name } } } }"))
                .when().post("/graphql").then().statusCode(200);
        for (String service : new String[] { "events-service", "actors-service" }) {
            assertThat(awaitLogLine(service, "traceparent=00-" + traceId + "-"))
                    .as(service + " served a request in trace " + traceId).isTrue();
        }
    }

    /**
     * Without a collector (locally, in tests) nothing is exported, so no service warns every few
     * seconds that localhost:4317 refused its spans. The batch span processor sends within 5 s of a
     * span, so the logs are read after 6.
     */
    @Test
    void withoutACollectorNoServiceTriesToExportSpans() throws IOException, InterruptedException {
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + HexFormat.of().formatHex(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 })
                        + "-00f067aa0ba902b7-01")
                .body(Map.of("query", "{ event(id: \"0e000000-0000-7000-8000-000000000001\") { title actors { actor { name } } } }"))
                .when().post("/graphql").then().statusCode(200);
        Thread.sleep(6_000);
        for (String service : new String[] { "events-service", "actors-service" }) {
            assertThat(Files.readString(platform.service(service).log())).as(service + "'s log").doesNotContain("Failed to export");
        }
    }

    private boolean awaitLogLine(String service, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(platform.service(service).log()).contains(text)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
