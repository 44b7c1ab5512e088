package org.conflictmonitor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local stack's database keeps what it acknowledged: durable settings (a kill of the server
 * alone cannot show fsync=off, since the operating system's cache survives it, so they are read
 * from the server), data across restarts, and a clear answer when newer binaries meet older data.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void theKeptServerIsDurableAndKeepsItsData() throws Exception {
        Path data = dir.resolve("postgres");
        int port = freePort();
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeeping(data, port);
                Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
                assertThat(show(s, setting)).as(setting).isEqualTo("on");
            }
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('acknowledged')");
        }
        try (EmbeddedPostgres again = EmbeddedPostgresServer.startKeeping(data, port);
                Connection c = again.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("acknowledged");
        }
    }

    @Test
    void dataOfAnotherMajorVersionIsRefusedWithWhatToDo() throws IOException {
        Files.writeString(dir.resolve("PG_VERSION"), "14\n");
        assertThatThrownBy(() -> KeptDataVersion.check(dir, 15)).hasMessageContaining("written by PostgreSQL 14")
                .hasMessageContaining("is 15").hasMessageContaining("pg_dumpall");
        KeptDataVersion.check(dir.resolve("new"), 15);
        Files.writeString(dir.resolve("PG_VERSION"), "15\n");
        KeptDataVersion.check(dir, 15);
        assertThat(KeptDataVersion.ofBinaries()).as("the binaries' version, from their jar").contains(15);
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet r = s.executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
