package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * A service that hangs (its process stopped with SIGSTOP: connections accepted, nothing answered):
 * the gateway answers within its timeout with the rest of the data; once enough calls have failed
 * its circuit opens and answers come at once; when the service goes on, the circuit closes again.
 * The query is {@link ServiceOutageTest}'s: an actor with its events, and sources.
 */
@QuarkusTest
@GatewayPlatformTest
class SlowServiceTest {

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void aHungServiceCostsATimeoutThenNothingAndComesBack() throws Exception {
        ServiceProcess events = platform.service("events-service");
        String token = tokens.accessToken("viewer");
        double timeoutsBefore = DownstreamCalls.failuresSeenByTheGateway("events-service", "timeout");
        double openBefore = DownstreamCalls.failuresSeenByTheGateway("events-service", "circuit-open");
        events.suspend();
        try {
            long began = System.nanoTime();
            JsonPath first = query(token);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("the first answer, within the gateway's timeout").isLessThan(Duration.ofSeconds(8));
            assertPartial(first);

            // Enough failed calls at once to open the circuit (10, half of them failing)...
            List<CompletableFuture<JsonPath>> many = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(() -> query(token))).toList();
            many.forEach(answer -> assertPartial(answer.join()));

            // ...then the gateway stops waiting for it.
            long open = System.nanoTime();
            assertPartial(query(token));
            assertThat(Duration.ofNanos(System.nanoTime() - open)).as("an answer with the circuit open").isLessThan(Duration.ofSeconds(1));
            assertThat(DownstreamCalls.failuresSeenByTheGateway("events-service", "timeout")).as("calls counted as timed out")
                    .isGreaterThan(timeoutsBefore);
            assertThat(DownstreamCalls.failuresSeenByTheGateway("events-service", "circuit-open")).as("calls refused by the open circuit")
                    .isGreaterThan(openBefore);
        } finally {
            events.resume();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath answer;
        while ((answer = query(token)).get("errors") != null) {
            assertThat(System.nanoTime()).as("events-service's fields back within 30 s of it going on").isLessThan(deadline);
            Thread.sleep(500);
        }
        assertThat(answer.getList("data.actor.events")).isNotEmpty();
    }

    private JsonPath query(String token) {
        return GraphQLClient.post(token, ServiceOutageTest.QUERY, Map.of("id", ServiceOutageTest.AZ_FORCES)).statusCode(200).extract().jsonPath();
    }

    private static void assertPartial(JsonPath answer) {
        assertThat(answer.getString("data.actor.name")).isEqualTo("Armed Forces of Azerbaijan");
        assertThat(answer.getList("data.sources.nodes")).isNotEmpty();
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(answer.getString("errors[0].extensions.service")).isEqualTo("events-service");
    }
}
