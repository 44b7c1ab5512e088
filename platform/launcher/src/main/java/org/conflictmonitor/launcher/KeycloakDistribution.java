package org.conflictmonitor.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Keycloak distribution the build unpacked, named by the surefire system property {@value #PROPERTY}. */
public final class KeycloakDistribution {

    public static final String PROPERTY = "keycloak.dist.dir";

    private static final String ADVICE = ": run the build through ./mvnw so the Keycloak distribution gets unpacked"
            + " (an IDE run also needs -D" + PROPERTY + "=<repository>/.cache/keycloak-<version> after one ./mvnw build)";

    private KeycloakDistribution() {
    }

    public static Path fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set" + ADVICE);
        }
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(PROPERTY + "=" + value + " is not a directory" + ADVICE);
        }
        return dir;
    }
}
