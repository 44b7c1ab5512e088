package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A service's database goes away under load (its connections ended, new ones refused, as when its
 * PostgreSQL restarts) while the other services' databases stay up: the service says it is not
 * ready and answers 503, the gateway goes on answering with the rest of the data and an error
 * naming that service, and when the database is back the service recovers by itself, without a
 * restart. Its log says when the outage began and when it ended. The query is
 * {@link ServiceOutageTest}'s: an actor with its events, and sources.
 */
@QuarkusTest
@GatewayPlatformTest
class DatabaseOutageTest {

    static final int CLIENTS = 3;

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void aServiceRidesOutItsDatabaseGoingAwayAndComingBack() throws Exception {
        ServiceProcess events = platform.service("events-service");
        long pid = events.pid();
        String token = tokens.accessToken("viewer");
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger whole = new AtomicInteger();
        AtomicInteger partial = new AtomicInteger();
        List<String> wrong = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Void>> clients = IntStream.range(0, CLIENTS).mapToObj(i -> CompletableFuture.runAsync(() -> {
            while (loading.get()) {
                JsonPath answer = query(token);
                if (answer.get("errors") == null && !answer.getList("data.actor.events").isEmpty()) {
                    whole.incrementAndGet();
                } else if (isPartialNamingEvents(answer)) {
                    partial.incrementAndGet();
                } else {
                    wrong.add(answer.prettify());
                }
            }
        })).toList();
        try {
            awaitCount(whole, 20, "whole answers before the outage");
            platform.databaseDown("events-service");
            try {
                assertThat(readiness(events, 503)).as("events-service's readiness while its database is gone").isEqualTo(503);
                int partialAtStart = partial.get();
                awaitCount(partial, partialAtStart + 20, "partial answers during the outage");
                assertThat(directEventsStatus(events, token)).as("events-service's own answer meanwhile").isEqualTo(503);
            } finally {
                platform.databaseUp("events-service");
            }
            assertThat(readiness(events, 200)).as("events-service's readiness once its database is back").isEqualTo(200);
            int wholeAfter = whole.get();
            awaitCount(whole, wholeAfter + 20, "whole answers after the outage");
        } finally {
            loading.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
        }
        System.out.printf("[outage] %d whole answers, %d partial naming events-service, %d wrong%n", whole.get(), partial.get(), wrong.size());
        assertThat(wrong).as("answers neither whole nor partial with events-service named").isEmpty();
        assertThat(events.pid()).as("events-service recovered without a restart").isEqualTo(pid);
        String log = Files.readString(events.log());
        assertThat(log).as("events-service's log of the outage").contains("The database is unavailable").contains("The database is back");
    }

    private JsonPath query(String token) {
        return GraphQLClient.post(token, ServiceOutageTest.QUERY, Map.of("id", ServiceOutageTest.AZ_FORCES)).statusCode(200).extract().jsonPath();
    }

    private static boolean isPartialNamingEvents(JsonPath answer) {
        return "Armed Forces of Azerbaijan".equals(answer.getString("data.actor.name"))
                && !answer.getList("data.sources.nodes").isEmpty()
                && answer.getList("data.actor.events") == null
                && "events-service".equals(answer.getString("errors[0].extensions.service"));
    }

    private static int directEventsStatus(ServiceProcess events, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(events.url() + "/events?limit=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The readiness status once it is the one awaited, or the last one seen after 30 s. */
    private static int readiness(ServiceProcess service, int awaited) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != awaited) {
                Thread.sleep(200);
            }
        } while (status != awaited && System.nanoTime() < deadline);
        return status;
    }

    private static void awaitCount(AtomicInteger count, int atLeast, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count.get() < atLeast) {
            assertThat(System.nanoTime()).as("%d %s within 60 s (%d so far)", atLeast, what, count.get()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
