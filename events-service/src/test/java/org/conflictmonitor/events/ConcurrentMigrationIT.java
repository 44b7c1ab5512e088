package org.conflictmonitor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * Two replicas starting at the same moment against an empty database, as a Kubernetes rollout does:
 * both become ready, and every migration ran exactly once (Flyway serialises them on a PostgreSQL
 * advisory lock).
 */
class ConcurrentMigrationIT {

    @Test
    void twoReplicasStartingTogetherMigrateOnce() throws Exception {
        try (TestDatabases databases = TestDatabases.start()) {
            TestDatabases.Database db = databases.create();
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.url(),
                    "QUARKUS_DATASOURCE_USERNAME", db.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", db.password());
            Path root = RealmFiles.repositoryRoot();
            ServiceProcess first = new ServiceProcess("events-service", root, env, Path.of("target"));
            ServiceProcess second = new ServiceProcess("events-service", root, env, Path.of("target"));
            try {
                CompletableFuture.allOf(CompletableFuture.runAsync(first::start), CompletableFuture.runAsync(second::start)).join();
                assertThat(first.isRunning()).isTrue();
                assertThat(second.isRunning()).isTrue();
                assertThat(migrations(db)).as("each migration once, all successful")
                        .containsExactlyElementsOf(everyMigrationSucceeded(root));
            } finally {
                first.close();
                second.close();
            }
        }
    }

    /** One successful row per migration script of the service, in version order. */
    private static List<String> everyMigrationSucceeded(Path root) throws Exception {
        try (var files = Files.list(root.resolve("events-service/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().map(v -> v + " true").toList();
        }
    }

    private static List<String> migrations(TestDatabases.Database db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getBoolean(2));
            }
        }
        return rows;
    }
}
