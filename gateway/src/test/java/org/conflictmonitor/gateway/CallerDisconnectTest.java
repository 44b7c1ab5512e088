package org.conflictmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.platform.InjectPlatform;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * A caller that hangs up mid-query: what the gateway already started for it still calls the
 * services with the caller's token. Before, the request's CDI context ended with the connection and
 * the calls still under way went out without a token, each refused by the service with 401.
 */
@QuarkusTest
@GatewayPlatformTest
class CallerDisconnectTest {

    static final String QUERY = "{ events(first: 100) { nodes { id title actors { actor { id name } } } } }";

    @InjectKeycloak
    KeycloakTokens tokens;

    @InjectPlatform
    TestPlatform platform;

    @Test
    void workLeftByACallerThatHungUpStillCallsTheServicesAsThatCaller() throws Exception {
        String token = tokens.accessToken("viewer");
        GraphQLClient.post(token, QUERY, Map.of()).statusCode(200); // warm: the hang-ups below fall mid-query
        long refusedBefore = DownstreamCalls.refusedAsUnauthenticated(platform);
        Map<String, Long> callsBefore = DownstreamCalls.snapshot(platform);

        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        byte[] body = new JsonObject().put("query", QUERY).encode().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        // Hang up at each millisecond of the query's first 30, so some fall between its two downstream calls.
        for (int millis = 0; millis < 30; millis++) {
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                Thread.sleep(millis);
            }
        }
        awaitQuietServices();

        assertThat(DownstreamCalls.between(callsBefore, DownstreamCalls.snapshot(platform)))
                .as("the abandoned queries reached the services").isNotEmpty();
        assertThat(DownstreamCalls.refusedAsUnauthenticated(platform) - refusedBefore)
                .as("calls the services refused as unauthenticated").isZero();
    }

    /** Until the services have served nothing new for half a second: the abandoned work has ended. */
    private void awaitQuietServices() throws InterruptedException {
        Map<String, Long> last = DownstreamCalls.snapshot(platform);
        for (int i = 0; i < 40; i++) {
            Thread.sleep(500);
            Map<String, Long> now = DownstreamCalls.snapshot(platform);
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }
}
