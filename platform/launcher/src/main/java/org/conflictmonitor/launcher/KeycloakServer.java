package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.launcher.JdkLocator.Jdk;

/**
 * A real Keycloak, run from the unpacked distribution as a child process in development mode. For
 * tests, with an in-memory database, so every start imports the given realm afresh and leaves nothing
 * behind; for the local stack, with a PostgreSQL database that keeps users and their roles.
 * <p>
 * It listens on free ports chosen at start, so several builds can run side by side, and is stopped
 * with its whole process tree on {@link #close()} or, failing that, when the JVM exits.
 */
public final class KeycloakServer implements AutoCloseable, Supervised {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final String serverUrl;
    private final String realmName;
    private final String adminUsername;
    private final String adminPassword;
    private final Path log;
    private final Thread shutdownHook = new Thread(this::stopProcess, "keycloak-shutdown");
    private final AtomicBoolean closed = new AtomicBoolean();

    private KeycloakServer(Process process, String serverUrl, String realmName, String adminUsername, String adminPassword, Path log) {
        this.adminUsername = adminUsername;
        this.log = log;
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
        return start(distDir, realm, logDir, Options.ephemeral());
    }

    /**
     * How to run it: ports, database and the bootstrap administrator's password.
     *
     * @param httpPort the port of the realm and the admin console
     * @param managementPort the port of Keycloak's health and metrics
     * @param databaseArgs {@code --db…} options: the in-memory development database, or a PostgreSQL
     *        whose data outlives the process (then a realm imported once is not imported again)
     * @param adminUsername the master realm's bootstrap administrator, created on the first start
     * @param adminPassword its password
     */
    public record Options(int httpPort, int managementPort, List<String> databaseArgs, String adminUsername,
            String adminPassword) {

        /** Free ports, an in-memory database, a random administrator password: nothing outlives the process. */
        public static Options ephemeral() {
            int http = freePort();
            int management = freePort();
            while (management == http) {
                management = freePort();
            }
            return new Options(http, management, List.of("--db=dev-mem"), "cm-test-admin", UUID.randomUUID().toString());
        }
    }

    /** Starts Keycloak as {@code options} say and returns once the realm answers its OpenID discovery endpoint. */
    public static KeycloakServer start(Path distDir, ObjectNode realm, Path logDir, Options options) {
        Path launcher = distDir.resolve("bin/kc.sh").toAbsolutePath();
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalArgumentException("No Keycloak distribution at " + distDir.toAbsolutePath() + ": bin/kc.sh is missing");
        }
        String realmName = realm.path("realm").asText("");
        if (realmName.isBlank()) {
            throw new IllegalArgumentException("The realm to import has no \"realm\" name");
        }
        Jdk jdk = JdkLocator.forThisMachine().locate();
        int httpPort = options.httpPort();
        int managementPort = options.managementPort();
        String serverUrl = "http://localhost:" + httpPort;
        String adminPassword = options.adminPassword();
        Path logFile = logDir.resolve("keycloak-" + httpPort + ".log").toAbsolutePath();

        System.out.printf("[cm] starting Keycloak on %s with JDK %d (%s); log: %s%n", serverUrl, jdk.version(),
                jdk.home(), logFile);
        // Holds the demo users' passwords, so it lives only until Keycloak has imported it.
        Path importDir = writeImportDir(realm, realmName);
        try {
            Files.createDirectories(logDir);
            Process process = launch(launcher, jdk, options, importDir, logFile);
            KeycloakServer server = new KeycloakServer(process, serverUrl, realmName, options.adminUsername(), adminPassword, logFile);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            try {
                Duration took = StartupWait.until(process,
                        URI.create(server.realmUrl() + "/.well-known/openid-configuration"), logFile, STARTUP_TIMEOUT);
                System.out.printf("[cm] Keycloak ready at %s in %.1f s%n", serverUrl, took.toMillis() / 1000.0);
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

    private static Process launch(Path launcher, Jdk jdk, Options options, Path importDir, Path logFile) throws IOException {
        int httpPort = options.httpPort();
        int managementPort = options.managementPort();
        String adminPassword = options.adminPassword();
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString(), "start-dev"));
        command.addAll(options.databaseArgs());
        command.addAll(List.of(
                "--http-port=" + httpPort,
                // Health and metrics would otherwise claim port 9000, which a local Keycloak may already hold.
                "--http-management-port=" + managementPort,
                // Without it the token issuer follows whatever host name a request used.
                "--hostname=http://localhost:" + httpPort,
                // What --import-realm does internally, pointed at a directory of this run's own: the option itself
                // reads <distribution>/data/import, which every run of this distribution and the local stack share.
                "-Dkeycloak.migration.dir=" + importDir));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", jdk.home().toString());
        environment.remove("JAVA"); // kc.sh prefers $JAVA over $JAVA_HOME
        // On Java 24+ jboss-threads needs this, or every shutdown logs IllegalAccessError stack traces.
        environment.merge("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED", (own, ours) -> own + " " + ours);
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return builder.start();
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public Path log() {
        return log;
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
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /**
     * The secret Keycloak generated for a confidential client of the realm, read through the Admin REST
     * API as the master realm's administrator: how the local stack and the tests hand the gateway its
     * service account's secret, as operators do from the admin console.
     */
    public String clientSecret(String clientId) {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String bearer = adminBearer(http);
            String admin = serverUrl + "/admin/realms/" + realmName + "/clients";
            JsonNode clients = json(http.send(HttpRequest.newBuilder(
                    URI.create(admin + "?clientId=" + enc(clientId))).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (clients.isEmpty()) {
                throw new IllegalStateException("The realm " + realmName + " has no client " + clientId);
            }
            return json(http.send(HttpRequest.newBuilder(
                    URI.create(admin + "/" + clients.get(0).path("id").asText() + "/client-secret")).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("value").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the secret of " + clientId + " from Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a client secret", e);
        }
    }

    /**
     * Rotates the realm's token signing key, as an administrator does: a new RSA key of higher
     * priority signs every token from now on; the old one stays published for the tokens it signed.
     */
    public void rotateSigningKey() {
        try {
            HttpClient http = HttpClient.newHttpClient();
            String component = """
                    {"name": "rotated-%d", "providerId": "rsa-generated", "providerType": "org.keycloak.keys.KeyProvider",
                     "config": {"priority": ["%d"], "enabled": ["true"], "active": ["true"], "algorithm": ["RS256"]}}"""
                    .formatted(System.nanoTime(), java.time.Instant.now().getEpochSecond()); // a later key outranks every earlier one
            int status = http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/admin/realms/" + realmName + "/components"))
                    .header("Authorization", adminBearer(http)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(component)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 201) {
                throw new IllegalStateException("Keycloak refused the new signing key: " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rotate the realm's signing key", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rotating a key", e);
        }
    }

    private String adminBearer(HttpClient http) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(adminUsername) + "&password=" + enc(adminPassword);
        JsonNode token = json(http.send(HttpRequest.newBuilder(URI.create(serverUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return "Bearer " + token.path("access_token").asText();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) throws IOException {
        return new ObjectMapper().readTree(body);
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
            System.out.printf("[cm] Keycloak at %s stopped%n", serverUrl);
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
            System.err.printf("[cm] could not delete %s: %s%n", dir, e.getMessage());
        }
    }
}
