package org.conflictmonitor.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.conflictmonitor.launcher.EmbeddedPostgresServer;
import org.conflictmonitor.launcher.RealmFiles;

/**
 * deploy/local/backup and deploy/local/restore, as a user runs them on a stack's data: what was
 * there at the backup is there again after the restore, what came later is gone (and kept aside),
 * and neither runs while the stack does.
 */
class BackupAndRestoreTest {

    static final Path ROOT = RealmFiles.repositoryRoot();

    @TempDir
    Path home;

    @Test
    void aRestoreBringsBackWhatTheBackupSaw() throws Exception {
        int port = freePort();
        sql(port, "create table note (text text)", "insert into note values ('before the backup')");
        Path backup = home.resolve("backups/one.tar.gz");

        assertThat(script("backup", backup.toString()).exit()).isZero();
        sql(port, "delete from note", "insert into note values ('after the backup')");
        Result restored = script("restore", backup.toString());

        assertThat(restored.exit()).as(restored.output()).isZero();
        assertThat(notes(port)).containsExactly("before the backup");
        try (var kept = Files.list(home)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("postgres.before-restore-"));
        }
    }

    @Test
    void neitherRunsWhileTheStackDoes() throws Exception {
        sql(freePort(), "select 1");
        Path earlier = home.resolve("earlier.tar.gz");
        assertThat(script("backup", earlier.toString()).exit()).isZero();
        Files.writeString(home.resolve("stack.pid"), Long.toString(ProcessHandle.current().pid()));

        Result backup = script("backup", home.resolve("b.tar.gz").toString());
        Result restore = script("restore", earlier.toString());

        assertThat(backup.exit()).isNotZero();
        assertThat(backup.output()).contains("the local stack is running");
        assertThat(Files.exists(home.resolve("b.tar.gz"))).isFalse();
        assertThat(restore.exit()).isNotZero();
        assertThat(restore.output()).contains("the local stack is running");
        try (var kept = Files.list(home)) {
            assertThat(kept.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("postgres.before-restore-"));
        }
    }

    private void sql(int port, String... statements) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeeping(home.resolve("postgres"), port);
                Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<String> notes(int port) throws Exception {
        List<String> notes = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeeping(home.resolve("postgres"), port);
                Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select text from note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }

    record Result(int exit, String output) {
    }

    private Result script(String name, String argument) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/local/" + name).toString(), argument).redirectErrorStream(true);
        builder.environment().put("CM_LOCAL_DIR", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
