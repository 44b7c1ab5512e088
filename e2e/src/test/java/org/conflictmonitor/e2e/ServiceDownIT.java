package org.conflictmonitor.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service of the running stack crashes: the gateway answers what it can and names what is missing,
 * and so does the console. Runs last: the service stays down.
 */
@ExtendWith(SharedStack.class)
@Order(Integer.MAX_VALUE)
class ServiceDownIT {

    @BeforeAll
    static void eventsServiceCrashes() {
        RunningStack.kill("events-service");
    }

    @Test
    void withAServiceDownTheAnswerIsPartialAndNamesIt() {
        LocalStackIT.graphql(RunningStack.token("viewer"), """
                { actor(id: "0a000000-0000-7000-8000-000000000024") { name events { title } } sources(first: 1) { nodes { name } } }""", Map.of())
                .statusCode(200)
                .body("data.actor.name", equalTo("Armed Forces of Azerbaijan"))
                .body("data.actor.events", nullValue())
                .body("data.sources.nodes", hasSize(1))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("events-service"));
    }

    @Test
    void withAServiceDownTheConsoleNamesItWhereItsDataWouldBe() throws IOException, InterruptedException {
        ConsoleScript.run("service-down");
    }
}
