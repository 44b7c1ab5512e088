package org.conflictmonitor.testing.postgres;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL database for a service's tests (see {@link TestDatabases} for where it runs).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabases databases;

    @Override
    public Map<String, String> start() {
        databases = TestDatabases.start();
        TestDatabases.Database database = databases.create();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.url(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (databases != null) {
            databases.close();
        }
    }
}
