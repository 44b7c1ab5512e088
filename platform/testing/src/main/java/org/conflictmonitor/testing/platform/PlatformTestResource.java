package org.conflictmonitor.testing.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.conflictmonitor.testing.keycloak.InjectKeycloak;
import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.testing.keycloak.TestRealm;
import org.conflictmonitor.testing.postgres.TestDatabases;

import org.conflictmonitor.launcher.ServiceProcess;

/**
 * The platform around an application under test: a real PostgreSQL, a real Keycloak, and the other
 * services it calls, run from their packaged jars with the seed data loaded. Name them in the init
 * argument {@code services}, e.g. {@code actors-service,sources-service}; the application under test
 * gets {@code quarkus.rest-client.<module>.url} for each, a database of its own (unless the init
 * argument {@code ownDatabase} is false, as for the gateway) and the realm URL. Services are started
 * in the order named, each told the URLs of those before it. With {@code keycloakAdminClient=true} it
 * also gets the Keycloak admin client's URL and the secret of the realm's service account.
 * Tests get tokens through {@code @InjectKeycloak KeycloakTokens} and the services through
 * {@code @InjectPlatform TestPlatform}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, TestDatabases.Database> serviceDatabases = new HashMap<>();
    private String[] modules = new String[0];
    private boolean ownDatabase = true;
    private boolean keycloakAdminClient;
    private TestDatabases databases;
    private KeycloakServer keycloak;
    private KeycloakTokens tokens;

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault("services", "");
        modules = names.isBlank() ? new String[0] : names.split("\\s*,\\s*");
        ownDatabase = Boolean.parseBoolean(initArgs.getOrDefault("ownDatabase", "true"));
        keycloakAdminClient = Boolean.parseBoolean(initArgs.getOrDefault("keycloakAdminClient", "false"));
    }

    @Override
    public Map<String, String> start() {
        databases = TestDatabases.start();
        keycloak = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), Path.of("target"));
        tokens = new KeycloakTokens(keycloak);
        Path root = RealmFiles.repositoryRoot();
        Map<String, String> config = new HashMap<>();
        // A service started later calls those started before it (events-service checks actor ids).
        Map<String, String> earlier = new HashMap<>();
        for (String module : modules) {
            TestDatabases.Database db = databases.create();
            serviceDatabases.put(module, db);
            Map<String, String> env = new HashMap<>(earlier);
            env.putAll(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.url(),
                    "QUARKUS_DATASOURCE_USERNAME", db.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(),
                    "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "true"));
            ServiceProcess service = new ServiceProcess(module, root, env, Path.of("target"));
            services.put(module, service.start());
            config.put("quarkus.rest-client." + module + ".url", service.url());
            earlier.put("QUARKUS_REST_CLIENT_" + module.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL", service.url());
        }
        if (ownDatabase) {
            TestDatabases.Database own = databases.create();
            config.put("quarkus.datasource.jdbc.url", own.url());
            config.put("quarkus.datasource.username", own.user());
            config.put("quarkus.datasource.password", own.password());
        }
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        if (keycloakAdminClient) {
            config.put("quarkus.keycloak.admin-client.server-url", keycloak.serverUrl());
            config.put("quarkus.keycloak.admin-client.client-secret", keycloak.clientSecret("conflict-monitor-admin"));
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(tokens, new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakTokens.class));
        injector.injectIntoFields(new TestPlatform(services, serviceDatabases, databases),
                new TestInjector.AnnotatedAndMatchesType(InjectPlatform.class, TestPlatform.class));
    }

    @Override
    public void stop() {
        services.values().forEach(ServiceProcess::requestStop);
        services.values().forEach(ServiceProcess::close);
        if (keycloak != null) {
            keycloak.close();
        }
        if (databases != null) {
            databases.close();
        }
    }
}
