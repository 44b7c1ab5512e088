package org.conflictmonitor.launcher;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries on Maven Central, so a fresh machine needs nothing
 * installed. Tests run it on a free port in a throwaway directory; the local stack on a fixed port
 * with its data in a folder that survives restarts.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    /** A server whose data is thrown away when it stops. */
    public static EmbeddedPostgres startThrowaway() {
        return start(configured(), "embedded PostgreSQL");
    }

    /**
     * A server on {@code port} whose data stays in {@code dataDir} from one start to the next, durable:
     * a commit is on disk when it returns (the embedded default, synchronous_commit off, is for throwaway
     * test databases only). Sized for bulk imports: with PostgreSQL's defaults (128 MB of buffers, a
     * checkpoint every 1 GB of WAL) an import of 176k UCDP events evicted dirty pages from the
     * services' own connections and checkpointed mid-run, writing every page again in full.
     */
    public static EmbeddedPostgres startKeeping(Path dataDir, int port) {
        KeptDataVersion.ofBinaries().ifPresent(major -> KeptDataVersion.check(dataDir, major));
        return start(configured().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                        .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").setServerConfig("full_page_writes", "on")
                        .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "8GB")
                        .setServerConfig("checkpoint_timeout", "15min"),
                "PostgreSQL (data in " + dataDir + ")");
    }

    private static EmbeddedPostgres.Builder configured() {
        // C.UTF-8 so that lower() and text search handle Cyrillic and accented Latin, as on a production server.
        return EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("max_connections", "200");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, String what) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = builder.start();
            System.out.printf("[cm] %s ready on port %d in %d ms%n", what, postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + what + ": " + e.getMessage(), e);
        }
    }
}
