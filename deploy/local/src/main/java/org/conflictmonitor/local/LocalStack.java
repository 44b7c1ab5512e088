package org.conflictmonitor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.conflictmonitor.launcher.EmbeddedPostgresServer;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.launcher.ProcessWatch;
import org.conflictmonitor.launcher.RealmComposer;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.launcher.ServiceProcess;
import org.conflictmonitor.launcher.Supervised;

/**
 * The whole platform on one machine, started in dependency order, each part waited for until it is
 * ready, and stopped (in reverse order) on Ctrl-C or {@code deploy/local/down}. Everything lives in
 * {@code .local/} of the repository (or {@code $CM_LOCAL_DIR}): PostgreSQL's data (kept between runs),
 * the logs, the pid file.
 */
public final class LocalStack {

    static final int GATEWAY = 8080;
    static final int KEYCLOAK = 8180;
    static final int KEYCLOAK_MANAGEMENT = 9180;
    static final int POSTGRES = 15432;
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("actors-service", 8081);
        SERVICES.put("sources-service", 8082);
        SERVICES.put("events-service", 8083);
    }

    private final Path root;
    private final Path home;
    /** The importer's client secret, under the stack's home directory. */
    static final String IMPORTER_SECRET_FILE = "importer-client-secret";

    private final Path logs;
    /** What to stop, newest first; the shutdown hook reads it while the start may still add to it. */
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private volatile ProcessWatch watch;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalStack(Path root) {
        this.root = root;
        // CM_LOCAL_DIR lets the end-to-end tests keep their stack apart from a developer's own.
        String dir = System.getenv("CM_LOCAL_DIR");
        this.home = dir == null || dir.isBlank() ? root.resolve(".local") : root.resolve(dir);
        this.logs = home.resolve("logs");
    }

    public static void main(String[] args) {
        Path root = RealmFiles.repositoryRoot();
        LocalStack stack = new LocalStack(root);
        try {
            stack.run();
        } catch (StartupFailure e) {
            System.err.println("[cm] " + e.getMessage());
            stack.stop();
            System.exit(1);
        }
    }

    private void run() {
        long began = System.nanoTime();
        checkPortsFree();
        createDirectories();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-stop"));
        writePidFile();

        Database db = startDatabase();
        KeycloakServer keycloak = startKeycloak(db);
        Map<String, String> common = Map.of(
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl(),
                "CONFLICT_MONITOR_DEMO_DATA_ENABLED", "true");
        // Every service's address is known before any starts (fixed ports), and none needs another
        // to be up to start: they start together, which on two cores saves most of their sum.
        Map<String, String> urls = new HashMap<>();
        SERVICES.forEach((module, port) -> urls.put(envName(module), "http://localhost:" + port));
        List<ServiceProcess> services = new ArrayList<>();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            String module = service.getKey();
            Map<String, String> env = new HashMap<>(common);
            env.putAll(urls);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.url(databaseOf(module)));
            env.put("QUARKUS_DATASOURCE_USERNAME", db.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            services.add(new ServiceProcess(module, root, env, logs, service.getValue()));
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.putAll(urls);
        gatewayEnv.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", keycloak.serverUrl());
        gatewayEnv.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", adminClientSecret(keycloak));
        services.add(new ServiceProcess("gateway", root, gatewayEnv, logs, GATEWAY));
        startTogether(services);
        writeImporterSecret(keycloak);

        System.out.printf("%n[cm] Conflict Monitor is ready in %.0f s.%n", (System.nanoTime() - began) / 1e9);
        System.out.println(Banner.text(keycloak.adminUsername(), keycloak.adminPassword(), logs));
        List<Supervised> watched = new ArrayList<>(services);
        watched.add(keycloak);
        watch = new ProcessWatch(watched, System.err::println).start(Duration.ofSeconds(2));
        awaitStop();
    }

    private void checkPortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(GATEWAY, "the gateway");
        ports.put(GATEWAY + ServiceProcess.MANAGEMENT_PORT_OFFSET, "the gateway's health and metrics");
        SERVICES.forEach((module, port) -> {
            ports.put(port, module);
            ports.put(port + ServiceProcess.MANAGEMENT_PORT_OFFSET, module + "'s health and metrics");
        });
        ports.put(KEYCLOAK, "Keycloak");
        ports.put(KEYCLOAK_MANAGEMENT, "Keycloak's management interface");
        if (Database.configured().isEmpty()) {
            ports.put(POSTGRES, "PostgreSQL");
        }
        ports.forEach((port, what) -> {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new StartupFailure("Port " + port + " (for " + what + ") is in use. Stop what holds it (`ss -ltnp 'sport = :"
                        + port + "'` shows it), or a stack already running with deploy/local/down.");
            }
        });
    }

    private Database startDatabase() {
        System.out.println("[cm] starting PostgreSQL …");
        Database db = Database.configured().orElseGet(() -> {
            EmbeddedPostgres postgres = EmbeddedPostgresServer.startKeeping(home.resolve("postgres"), POSTGRES);
            started.push(postgres);
            return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        });
        for (String name : List.of("keycloak", "actors", "sources", "events")) {
            db.createIfMissing(name);
        }
        return db;
    }

    private KeycloakServer startKeycloak(Database db) {
        System.out.println("[cm] starting Keycloak 26 (about 20 s, 35 s the first time) …");
        RealmFiles files = RealmFiles.locate();
        ObjectNode realm = RealmComposer.compose(RealmComposer.read(files.base()), List.of(RealmComposer.read(files.localOverlay())));
        Path dist = root.resolve(".cache/keycloak-" + System.getProperty("keycloak.version", "26.5.6"));
        try {
            KeycloakServer keycloak = KeycloakServer.start(dist, realm, logs, new KeycloakServer.Options(KEYCLOAK, KEYCLOAK_MANAGEMENT,
                    List.of("--db=postgres", "--db-url=" + db.url("keycloak"), "--db-username=" + db.user(),
                            "--db-password=" + db.password()),
                    "admin", "admin"));
            started.push(keycloak);
            return keycloak;
        } catch (RuntimeException e) {
            throw new StartupFailure("Keycloak did not start: " + e.getMessage());
        }
    }

    /** Keycloak keeps a realm it imported once, so a realm from an older checkout may lack the client. */
    private String adminClientSecret(KeycloakServer keycloak) {
        try {
            return keycloak.clientSecret("conflict-monitor-admin");
        } catch (RuntimeException e) {
            throw new StartupFailure("Keycloak's realm has no usable client conflict-monitor-admin (" + e.getMessage()
                    + "). It was imported by an older version of deploy/keycloak/: stop the stack, delete " + home
                    + " and start again.");
        }
    }

    /**
     * deploy/local/import reads the secret of the importer's client from here: the file is the local
     * stand-in for the Kubernetes secret, readable by its owner only and gone with {@code .local/}.
     */
    private void writeImporterSecret(KeycloakServer keycloak) {
        Path file = home.resolve(IMPORTER_SECRET_FILE);
        try {
            String secret = keycloak.clientSecret("conflict-monitor-importer");
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret);
        } catch (RuntimeException | IOException e) {
            System.out.println("[cm] warning: no secret for the importer's client conflict-monitor-importer (" + e.getMessage()
                    + "); deploy/local/import will not run. The realm was imported by an older version of deploy/keycloak/:"
                    + " stop the stack, delete " + home + " and start again.");
        }
    }

    /**
     * Starts the services at once, each on a thread of its own, and waits for all; any that failed are
     * named together. Each is registered for stopping before it starts, so that Ctrl-C during the
     * start stops it too.
     */
    private void startTogether(List<ServiceProcess> services) {
        services.forEach(started::push);
        ExecutorService threads = Executors.newFixedThreadPool(services.size());
        List<CompletableFuture<ServiceProcess>> starting = services.stream()
                .map(service -> CompletableFuture.supplyAsync(service::start, threads)).toList();
        threads.shutdown();
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<ServiceProcess> start : starting) {
            try {
                start.join();
            } catch (CompletionException e) {
                failures.add(e.getCause().getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new StartupFailure(String.join("\n[cm] ", failures));
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePidFile() {
        try {
            Files.writeString(home.resolve("stack.pid"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        if (watch != null) {
            watch.stop();
        }
        if (!started.isEmpty()) {
            System.out.println("\n[cm] stopping the stack …");
        }
        // Every service is asked first, so that they end together: one that recorded its AOT cache
        // spends seconds writing it at exit.
        started.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast).forEach(ServiceProcess::requestStop);
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[cm] while stopping: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(home.resolve("stack.pid"));
        } catch (IOException ignored) {
            // Nothing else depends on it.
        }
        System.out.println("[cm] stopped.");
        stopped.countDown();
    }

    static String databaseOf(String module) {
        return module.substring(0, module.indexOf('-'));
    }

    static String envName(String module) {
        return "QUARKUS_REST_CLIENT_" + module.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** Why the stack could not start, in one line that says what to do. */
    static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Where the databases live: the embedded server, or one named by CM_PG_URL, CM_PG_USER and CM_PG_PASSWORD. */
    record Database(String adminUrl, String user, String password) {

        static java.util.Optional<Database> configured() {
            return java.util.Optional.ofNullable(System.getenv("CM_PG_URL")).filter(u -> !u.isBlank())
                    .map(url -> new Database(url, System.getenv().getOrDefault("CM_PG_USER", "postgres"),
                            System.getenv().getOrDefault("CM_PG_PASSWORD", "")));
        }

        String url(String database) {
            String base = adminUrl.contains("?") ? adminUrl.substring(0, adminUrl.indexOf('?')) : adminUrl;
            return base.substring(0, base.lastIndexOf('/') + 1) + database;
        }

        void createIfMissing(String name) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
                boolean exists;
                try (var check = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    check.setString(1, name);
                    exists = check.executeQuery().next();
                }
                if (!exists) {
                    try (var create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
                    }
                    System.out.println("[cm] created database " + name);
                }
            } catch (SQLException e) {
                throw new StartupFailure("PostgreSQL at " + adminUrl + " refused to create database " + name + ": " + e.getMessage());
            }
        }
    }
}
