package org.conflictmonitor.local;

import java.nio.file.Path;

import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.testing.keycloak.TestRealm;

/**
 * One Keycloak for the crash tests of a test run: it takes most of a minute to start here. Stopped
 * when the run's JVM exits. (KeycloakOutageTest stops and restarts one of its own.)
 */
final class SharedKeycloak {

    private static KeycloakServer server;

    private SharedKeycloak() {
    }

    static synchronized KeycloakServer get() {
        if (server == null) {
            server = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), Path.of("target"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
        }
        return server;
    }
}
