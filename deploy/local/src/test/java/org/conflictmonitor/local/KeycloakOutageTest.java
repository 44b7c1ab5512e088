package org.conflictmonitor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.keycloak.TestRealm;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * A service checks tokens against the realm's published keys: a key rotation in Keycloak is picked
 * up without restarting the service, and with Keycloak down the tokens already issued keep working,
 * since the keys are cached.
 */
class KeycloakOutageTest {

    @TempDir
    Path home;

    @Test
    void rotatedKeysArePickedUpAndIssuedTokensOutliveKeycloak() throws Exception {
        try (TestDatabases databases = TestDatabases.start()) {
            TestDatabases.Database db = databases.create();
            KeycloakServer keycloak = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), home.resolve("logs"));
            try (ServiceProcess actors = new ServiceProcess("actors-service", RealmFiles.repositoryRoot(), Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.url(), "QUARKUS_DATASOURCE_USERNAME", db.user(), "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(), "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "false"), home.resolve("logs")).start()) {
                String before = new KeycloakTokens(keycloak).accessToken("viewer");
                assertThat(statusWith(actors, before)).as("a token of the first key").isEqualTo(200);

                keycloak.rotateSigningKey();
                String after = new KeycloakTokens(keycloak).accessToken("viewer");
                assertThat(keyIdOf(after)).as("the new token's signing key").isNotEqualTo(keyIdOf(before));
                assertThat(statusWith(actors, after)).as("a token of the rotated key, the service not restarted").isEqualTo(200);

                keycloak.close();
                assertThat(statusWith(actors, before)).as("an issued token with Keycloak down").isEqualTo(200);
                assertThat(statusWith(actors, after)).as("a token of the rotated key with Keycloak down").isEqualTo(200);
                assertThat(statusWith(actors, "not-a-token")).as("and still nothing else").isEqualTo(401);
            } finally {
                keycloak.close();
            }
        }
    }

    private static int statusWith(ServiceProcess service, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.url() + "/actors?limit=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String keyIdOf(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        Matcher kid = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"").matcher(header);
        assertThat(kid.find()).as("a kid in " + header).isTrue();
        return kid.group(1);
    }
}
