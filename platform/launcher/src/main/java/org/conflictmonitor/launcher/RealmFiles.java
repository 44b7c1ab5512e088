package org.conflictmonitor.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The realm files of the repository: the production realm and the local overlay in {@code deploy/keycloak}.
 * Found from the working directory (any module of the build) or set with {@code -D}{@value #PROPERTY}.
 */
public record RealmFiles(Path dir) {

    public static final String PROPERTY = "realm.dir";

    public static RealmFiles locate() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured == null || configured.isBlank()
                ? repositoryRoot().resolve("deploy/keycloak")
                : Path.of(configured);
        RealmFiles files = new RealmFiles(dir.toAbsolutePath());
        if (!Files.isRegularFile(files.base())) {
            throw new IllegalStateException("No realm at " + files.base() + "; set -D" + PROPERTY
                    + "=/path/to/deploy/keycloak if the realm files live elsewhere");
        }
        return files;
    }

    /** The production realm: roles and clients, no users. */
    public Path base() {
        return dir.resolve("conflict-monitor-realm.json");
    }

    /** What only a developer machine adds: the password-grant client and the demo users. */
    public Path localOverlay() {
        return dir.resolve("local/conflict-monitor-local.json");
    }

    /** The directory holding mvnw, found from the working directory (any module of the build). */
    public static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Found no mvnw in " + start + " or above, so the repository root is unknown;"
                + " set -D" + PROPERTY + "=/path/to/deploy/keycloak");
    }
}
