package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.conflictmonitor.gateway.service.DownstreamHealth;
import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * With one service down, an answer still carries what the others returned: the missing fields are
 * null, each with an error naming the service, and the answer comes fast. When the service is back,
 * so are its fields.
 */
@QuarkusTest
@GatewayPlatformTest
class ServiceOutageTest {

    static final String QUERY = """
            query($id: ID!) {
              actor(id: $id) { name events(first: 3) { title } }
              sources(first: 2) { nodes { name } }
            }""";
    static final String AZ_FORCES = "0a000000-0000-7000-8000-000000000024";
    static final String CLASH = "0e000000-0000-7000-8000-000000000001";
    static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void aDeadServiceCostsOnlyItsOwnFields() throws InterruptedException {
        ServiceProcess events = platform.service("events-service");
        double failuresBefore = DownstreamCalls.failuresSeenByTheGateway("events-service", null);
        List<String> log = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record instanceof ExtLogRecord printf ? printf.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger(DownstreamHealth.class.getName()).addHandler(capture);
        try {
            anOutage(events);
        } finally {
            java.util.logging.Logger.getLogger(DownstreamHealth.class.getName()).removeHandler(capture);
        }

        // What operators see: the failures counted for that service, one line when it began failing, one when it answered again.
        assertThat(DownstreamCalls.failuresSeenByTheGateway("events-service", null)).as("gateway_downstream_failures_total of events-service")
                .isGreaterThan(failuresBefore);
        assertThat(log).anyMatch(line -> line.startsWith("events-service is failing"));
        assertThat(log).anyMatch(line -> line.startsWith("events-service answers again after"));
    }

    private void anOutage(ServiceProcess events) throws InterruptedException {
        events.close();
        try {
            long began = System.nanoTime();
            var answer = GraphQLClient.post(tokens.accessToken("viewer"), QUERY, Map.of("id", AZ_FORCES))
                    .statusCode(200)
                    .body("data.actor.name", equalTo("Armed Forces of Azerbaijan"))
                    .body("data.actor.events", nullValue())
                    .body("data.sources.nodes.name", hasItem("CSTO Secretariat website"))
                    .body("errors[0].path", equalTo(List.of("actor", "events")))
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].extensions.service", equalTo("events-service"));
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("time to a partial answer").isLessThan(Duration.ofSeconds(8));
            assertThat(answer.extract().jsonPath().getString("errors[0].message")).contains("events-service");

            // node(id): what the services that answer know still comes; an id none of them knows may be the
            // silent service's, so the answer names it rather than saying null ("no such entity").
            GraphQLClient.post(tokens.accessToken("viewer"), NODE, Map.of("id", AZ_FORCES))
                    .body("errors", nullValue())
                    .body("data.node.__typename", equalTo("Actor"));
            GraphQLClient.post(tokens.accessToken("viewer"), NODE, Map.of("id", CLASH))
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].extensions.service", equalTo("events-service"));
        } finally {
            events.start();
        }
        awaitRecovery();
    }


    /** The circuit to a service that was down closes again within its delay. */
    private void awaitRecovery() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var body = GraphQLClient.post(tokens.accessToken("viewer"), QUERY, Map.of("id", AZ_FORCES)).extract().jsonPath();
            if (body.get("errors") == null) {
                assertThat(body.getList("data.actor.events")).isNotEmpty();
                return;
            }
            assertThat(System.nanoTime()).as("events-service fields back within 30 s").isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
