package org.conflictmonitor.testing.keycloak;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;

/**
 * A real Keycloak for a service's tests, with the realm the service runs against in production plus
 * the demo users, and {@code quarkus.oidc.auth-server-url} pointing at it.
 * <p>
 * Tests get tokens through a field {@code @InjectKeycloak KeycloakTokens keycloak;}. Keycloak's log goes
 * to {@code target/keycloak-<port>.log} of the module.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private KeycloakServer server;
    private KeycloakTokens tokens;

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), Path.of("target"));
        tokens = new KeycloakTokens(server);
        return Map.of("quarkus.oidc.auth-server-url", server.realmUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(tokens,
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakTokens.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
