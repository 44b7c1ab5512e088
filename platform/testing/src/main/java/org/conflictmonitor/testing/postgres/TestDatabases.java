package org.conflictmonitor.testing.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.conflictmonitor.launcher.EmbeddedPostgresServer;

/**
 * A real PostgreSQL server for tests, handing out a fresh database per service.
 * <p>
 * By default an embedded server starts from the PostgreSQL binaries on Maven Central, so a fresh
 * machine needs nothing installed. To use an existing server instead, set {@code CM_TEST_PG_URL} (a
 * JDBC URL of a database the user may create databases from, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres}) with {@code CM_TEST_PG_USER} and
 * {@code CM_TEST_PG_PASSWORD}; the databases made there are dropped on close.
 */
public final class TestDatabases implements AutoCloseable {

    /** Where and as whom a service connects. */
    public record Database(String url, String user, String password) {

        /** The database's name, from its URL. */
        public String name() {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            return base.substring(base.lastIndexOf('/') + 1);
        }
    }

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    private TestDatabases(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static TestDatabases start() {
        Optional<String> url = setting("CM_TEST_PG_URL");
        if (url.isPresent()) {
            return new TestDatabases(null, url.get(), setting("CM_TEST_PG_USER").orElse("postgres"),
                    setting("CM_TEST_PG_PASSWORD").orElse(""));
        }
        EmbeddedPostgres postgres = startEmbedded();
        return new TestDatabases(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** A new, empty database. */
    public Database create() {
        String name = "cm_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        created.add(name);
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return new Database(base.substring(0, base.lastIndexOf('/') + 1) + name + params, user, password);
    }

    /**
     * Takes a database away as an outage of its own server does: its open connections are ended and
     * new ones refused, while the server's other databases stay up.
     */
    public void refuseConnections(Database db) {
        execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db.name() + "'");
    }

    /** Ends {@link #refuseConnections}. */
    public void allowConnections(Database db) {
        execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        try {
            if (embedded != null) {
                embedded.close();
            } else {
                created.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            return EmbeddedPostgresServer.startThrowaway();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + ". Set CM_TEST_PG_URL to test against an existing server instead.", e);
        }
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name, System.getenv(name))).filter(v -> !v.isBlank());
    }
}
