package org.conflictmonitor.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.conflictmonitor.testing.keycloak.JdkLocator.Jdk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak, run from the unpacked distribution as a child process in development mode with an
 * in-memory database, so every start imports the given realm afresh and leaves nothing behind.
 * <p>
 * It listens on free ports chosen at start, so several builds can run side by side, and is stopped
 * with its whole process tree on {@link #close()} or, failing that, when the JVM exits.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
    private static final String ADMIN_USERNAME = "cm-test-admin";

    private final Process process;
    private final String serverUrl;
    private final String realmName;
    private final String adminPassword;
    private final Thread shutdownHook = new Thread(this::stopProcess, "keycloak-shutdown");
    private final AtomicBoolean closed = new AtomicBoolean();

    private KeycloakServer(Process process, String serverUrl, String realmName, String adminPassword) {
        this.process = process;
        this.serverUrl = serverUrl;
        this.realmName = realmName;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak and returns once the realm answers its OpenID discovery endpoint.
     *
     * @param distDir the unpacked {@code keycloak-quarkus-dist}
     * @param realm the realm to import; its {@code "realm"} field names it
     * @param logDir where Keycloak's console output goes, as {@code keycloak-<port>.log}
     */
    public static KeycloakServer start(Path distDir, ObjectNode realm, Path logDir) {
        Path launcher = distDir.resolve("bin/kc.sh").toAbsolutePath();
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalArgumentException("No Keycloak distribution at " + distDir.toAbsolutePath() + ": bin/kc.sh is missing");
        }
        String realmName = realm.path("realm").asText("");
        if (realmName.isBlank()) {
            throw new IllegalArgumentException("The realm to import has no \"realm\" name");
        }
        Jdk jdk = JdkLocator.forThisMachine().locate();
        int httpPort = freePort();
        int managementPort = freePort();
        while (managementPort == httpPort) {
            managementPort = freePort();
        }
        String serverUrl = "http://localhost:" + httpPort;
        String adminPassword = UUID.randomUUID().toString();
        Path logFile = logDir.resolve("keycloak-" + httpPort + ".log").toAbsolutePath();

        System.out.printf("[cm-testing] starting Keycloak on %s with JDK %d (%s); log: %s%n", serverUrl, jdk.version(),
                jdk.home(), logFile);
        // Holds the demo users' passwords, so it lives only until Keycloak has imported it.
        Path importDir = writeImportDir(realm, realmName);
        try {
            Files.createDirectories(logDir);
            Process process = launch(launcher, jdk, httpPort, managementPort, importDir, adminPassword, logFile);
            KeycloakServer server = new KeycloakServer(process, serverUrl, realmName, adminPassword);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            try {
                Duration took = StartupWait.until(process,
                        URI.create(server.realmUrl() + "/.well-known/openid-configuration"), logFile, STARTUP_TIMEOUT);
                System.out.printf("[cm-testing] Keycloak ready at %s in %.1f s%n", serverUrl, took.toMillis() / 1000.0);
                return server;
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + launcher, e);
        } finally {
            deleteRecursively(importDir);
        }
    }

    private static Process launch(Path launcher, Jdk jdk, int httpPort, int managementPort, Path importDir,
            String adminPassword, Path logFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                "sh", launcher.toString(), "start-dev",
                "--db=dev-mem",
                "--http-port=" + httpPort,
                // Health and metrics would otherwise claim port 9000, which a local Keycloak may already hold.
                "--http-management-port=" + managementPort,
                // Without it the token issuer follows whatever host name a request used.
                "--hostname=http://localhost:" + httpPort,
                // What --import-realm does internally, pointed at a directory of this run's own: the option itself
                // reads <distribution>/data/import, which every run of this distribution and the local stack share.
                "-Dkeycloak.migration.dir=" + importDir)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", jdk.home().toString());
        environment.remove("JAVA"); // kc.sh prefers $JAVA over $JAVA_HOME
        // On Java 24+ jboss-threads needs this, or every shutdown logs IllegalAccessError stack traces.
        environment.merge("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED", (own, ours) -> own + " " + ours);
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return builder.start();
    }

    /** {@code http://localhost:<port>}, also the host part of every token's issuer. */
    public String serverUrl() {
        return serverUrl;
    }

    /** The issuer of the imported realm's tokens, and what {@code quarkus.oidc.auth-server-url} must be. */
    public String realmUrl() {
        return serverUrl + "/realms/" + realmName;
    }

    /** The master-realm administrator, for the Admin REST API. */
    public String adminUsername() {
        return ADMIN_USERNAME;
    }

    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; it stops the same process.
        }
    }

    private void stopProcess() {
        if (closed.compareAndSet(false, true)) {
            ProcessTree.stop(process, SHUTDOWN_GRACE);
            System.out.printf("[cm-testing] Keycloak at %s stopped%n", serverUrl);
        }
    }

    private static Path writeImportDir(ObjectNode realm, String realmName) {
        try {
            Path dir = Files.createTempDirectory("cm-keycloak-import-");
            // Keycloak's directory import only picks up files named <anything>-realm.json.
            RealmComposer.write(realm, dir.resolve(realmName + "-realm.json"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for the realm import", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for Keycloak", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.printf("[cm-testing] could not delete %s: %s%n", dir, e.getMessage());
        }
    }
}
