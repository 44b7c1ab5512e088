package org.conflictmonitor.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Keycloak 26, which needs Java 21 while the build itself runs on 17.
 * <p>
 * Looks, in order, at {@code KEYCLOAK_JAVA_HOME}, the JVM running this code, {@code JAVA_HOME}, and
 * the JDKs installed in the usual places; among those the newest wins.
 */
public final class JdkLocator {

    private static final int MINIMUM_VERSION = 21;

    private static final String ADVICE = "Keycloak 26 needs a JDK " + MINIMUM_VERSION
            + " or newer; install one or set KEYCLOAK_JAVA_HOME=/path/to/jdk";

    private final Map<String, String> environment;
    private final Path currentJavaHome;
    private final List<Path> installationDirs;

    public JdkLocator(Map<String, String> environment, Path currentJavaHome, List<Path> installationDirs) {
        this.environment = environment;
        this.currentJavaHome = currentJavaHome;
        this.installationDirs = installationDirs;
    }

    /** Looks where Linux packages, SDKMAN! and IntelliJ IDEA install JDKs. */
    public static JdkLocator forThisMachine() {
        Path home = Path.of(System.getProperty("user.home"));
        return new JdkLocator(System.getenv(), Path.of(System.getProperty("java.home")), List.of(
                Path.of("/usr/lib/jvm"),
                Path.of("/opt/java"),
                Path.of("/opt"),
                home.resolve(".sdkman/candidates/java"),
                home.resolve(".jdks")));
    }

    public Jdk locate() {
        String explicit = environment.get("KEYCLOAK_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            // Someone chose this JDK on purpose: falling back silently to another would hide their mistake.
            return at(Path.of(explicit))
                    .filter(Jdk::canRunKeycloak)
                    .orElseThrow(() -> new IllegalStateException(
                            "KEYCLOAK_JAVA_HOME=" + explicit + " is not a JDK " + MINIMUM_VERSION + " or newer. " + ADVICE));
        }
        return at(currentJavaHome).filter(Jdk::canRunKeycloak)
                .or(() -> Optional.ofNullable(environment.get("JAVA_HOME"))
                        .filter(home -> !home.isBlank())
                        .flatMap(home -> at(Path.of(home)))
                        .filter(Jdk::canRunKeycloak))
                .or(() -> newestInstalled(MINIMUM_VERSION))
                .orElseThrow(() -> new IllegalStateException(ADVICE));
    }

    /** The newest installed JDK of at least this feature version, if any. */
    public Optional<Jdk> newestInstalled(int minimumVersion) {
        List<Jdk> found = new ArrayList<>();
        for (Path dir : installationDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.map(JdkLocator::at).flatMap(Optional::stream).filter(jdk -> jdk.version() >= minimumVersion).forEach(found::add);
            } catch (IOException unreadable) {
                // A directory we may not list holds no JDK we could use; the others may.
            }
        }
        return found.stream().max(Comparator.comparingInt(Jdk::version));
    }

    /** The JDK whose home this is, recognised by its {@code release} file, which every JDK since 9 ships. */
    public static Optional<Jdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty("JAVA_VERSION"))
                .map(value -> value.replace("\"", "").trim())
                .flatMap(JdkLocator::featureVersion)
                .map(version -> new Jdk(home.toAbsolutePath().normalize(), version));
    }

    /** "21.0.5" is 21, "25" is 25, and the old scheme "1.8.0_402" is 8. */
    private static Optional<Integer> featureVersion(String javaVersion) {
        String[] parts = javaVersion.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public record Jdk(Path home, int version) {

        public Path java() {
            return home.resolve("bin/java");
        }

        boolean canRunKeycloak() {
            return version >= MINIMUM_VERSION;
        }
    }
}
