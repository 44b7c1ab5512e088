package org.conflictmonitor.testing.data;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared UCDP test data: {@code $CM_SHARED_DIR/data} if the variable is set, else
 * {@code ../shared/data} beside the repository root (the directory with {@code mvnw}), else
 * {@code /work/shared/data}. Fails, never skips: a test that quietly did not run proves nothing.
 */
public final class SharedData {

    public static final String GED_SAMPLE = "ucdp-ged-23.1-sample-1000.csv";
    public static final String GED_PRECISE_EXTRACT = "ucdp-ged-21.1-precise-176k.csv.gz";
    public static final String ACD = "ucdp-prio-acd-24.1.csv";

    private SharedData() {
    }

    public static Path file(String name) {
        Path file = dataDirectory().resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("the shared data directory " + file.getParent() + " has no " + name
                    + "; set CM_SHARED_DIR to the directory whose data/ holds the UCDP files");
        }
        return file;
    }

    public static Path dataDirectory() {
        return dataDirectory(System.getenv("CM_SHARED_DIR"), Path.of("").toAbsolutePath(), Path.of("/work/shared"));
    }

    /** The lookup itself, apart from the process's environment so that it can be tested. */
    public static Path dataDirectory(String sharedDirVariable, Path workingDirectory, Path lastResort) {
        if (sharedDirVariable != null && !sharedDirVariable.isBlank()) {
            Path data = Path.of(sharedDirVariable).resolve("data");
            if (!Files.isDirectory(data)) {
                fail("CM_SHARED_DIR is " + sharedDirVariable + " but " + data + " is not a directory");
            }
            return data;
        }
        List<Path> tried = new ArrayList<>();
        Path root = repositoryRoot(workingDirectory);
        if (root != null) {
            Path data = root.resolve("../shared/data").normalize();
            if (Files.isDirectory(data)) {
                return data;
            }
            tried.add(data);
        }
        Path fallback = lastResort.resolve("data");
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        tried.add(fallback);
        return fail("UCDP test data not found (tried " + tried + "); set CM_SHARED_DIR to the directory "
                + "whose data/ holds " + GED_SAMPLE + ", " + GED_PRECISE_EXTRACT + " and " + ACD);
    }

    private static Path repositoryRoot(Path workingDirectory) {
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return null;
    }
}
