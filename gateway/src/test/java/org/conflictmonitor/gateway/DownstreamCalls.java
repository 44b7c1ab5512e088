package org.conflictmonitor.gateway;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmonitor.testing.http.ManagementInterface;
import org.conflictmonitor.testing.platform.TestPlatform;

/**
 * How many API requests the real services have served, read from their own request metrics, so a
 * test can count what one GraphQL query cost downstream without mocking anything; and how many calls
 * to them the gateway saw fail, read from its own.
 */
final class DownstreamCalls {

    static final String[] SERVICES = { "actors-service", "sources-service", "events-service" };
    private static final Pattern COUNT = Pattern.compile("^http_server_requests_seconds_count\\{([^}]*)\\}\\s+([0-9.Ee+]+)", Pattern.MULTILINE);
    private static final Pattern URI = Pattern.compile("uri=\"([^\"]*)\"");

    private DownstreamCalls() {
    }

    /** Requests served so far per service and endpoint (health, metrics and other /q paths left out). */
    static Map<String, Long> snapshot(TestPlatform platform) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String metrics = given().baseUri(platform.service(service).managementUrl()).when().get("/q/metrics").then()
                    .statusCode(200).extract().asString();
            Matcher m = COUNT.matcher(metrics);
            while (m.find()) {
                Matcher uri = URI.matcher(m.group(1));
                String path = uri.find() ? uri.group(1) : "?";
                if (!path.startsWith("/q")) {
                    counts.merge(service + " " + path, (long) Double.parseDouble(m.group(2)), Long::sum);
                }
            }
        }
        return counts;
    }

    /** Requests the services have refused as unauthenticated (401) so far, all together. */
    static long refusedAsUnauthenticated(TestPlatform platform) {
        long refused = 0;
        for (String service : SERVICES) {
            String metrics = given().baseUri(platform.service(service).managementUrl()).when().get("/q/metrics").then()
                    .statusCode(200).extract().asString();
            Matcher m = COUNT.matcher(metrics);
            while (m.find()) {
                if (m.group(1).contains("status=\"401\"")) {
                    refused += (long) Double.parseDouble(m.group(2));
                }
            }
        }
        return refused;
    }

    /** What was served between two snapshots, per service and endpoint. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        after.forEach((key, count) -> {
            long d = count - before.getOrDefault(key, 0L);
            if (d > 0) {
                delta.put(key, d);
            }
        });
        return delta;
    }

    /** The calls to a service the gateway counted as failed (gateway_downstream_failures_total), for one reason or, with null, all. */
    static double failuresSeenByTheGateway(String service, String reason) {
        String metrics = given().baseUri(ManagementInterface.url()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("gateway_downstream_failures_total{") && line.contains("service=\"" + service + "\"")
                && (reason == null || line.contains("reason=\"" + reason + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
