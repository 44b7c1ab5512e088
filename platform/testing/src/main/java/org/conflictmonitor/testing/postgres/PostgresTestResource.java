package org.conflictmonitor.testing.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for a service's tests, with a database of its own.
 * <p>
 * By default the build starts an embedded server from the PostgreSQL binaries on Maven Central, so a
 * fresh machine needs nothing installed. To test against an existing server instead, set
 * {@code CM_TEST_PG_URL} (a JDBC URL of a database the user may create databases from, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres}) with {@code CM_TEST_PG_USER} and
 * {@code CM_TEST_PG_PASSWORD}; each test run then gets a new database there, dropped afterwards.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private AdminConnection server;
    private String database;

    @Override
    public Map<String, String> start() {
        database = "cm_test_" + UUID.randomUUID().toString().replace("-", "");
        Optional<String> url = setting("CM_TEST_PG_URL");
        String adminUrl;
        String user;
        String password;
        if (url.isPresent()) {
            adminUrl = url.get();
            user = setting("CM_TEST_PG_USER").orElse("postgres");
            password = setting("CM_TEST_PG_PASSWORD").orElse("");
        } else {
            embedded = startEmbedded();
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        }
        server = new AdminConnection(adminUrl, user, password);
        server.execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
        return Map.of(
                "quarkus.datasource.jdbc.url", server.urlOf(database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "cm.test.database", database);
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (server != null) {
                server.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        long started = System.nanoTime();
        try {
            // C.UTF-8 so that lower() and text search handle Cyrillic and accented Latin, as on a production server.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "100")
                    .start();
            System.out.printf("[cm-testing] embedded PostgreSQL ready on port %d in %d ms%n", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Set CM_TEST_PG_URL to test against an existing server instead.", e);
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name, System.getenv(name))).filter(v -> !v.isBlank());
    }

    private record AdminConnection(String adminUrl, String user, String password) {

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql + ": " + e.getMessage(), e);
            }
        }

        String urlOf(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }
}
