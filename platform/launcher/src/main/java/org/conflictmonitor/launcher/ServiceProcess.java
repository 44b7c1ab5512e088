package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One of the platform's services, run from its packaged jar as a child process, the way operators
 * run it: standard Quarkus settings in environment variables, ready when its readiness check is UP.
 */
public final class ServiceProcess implements AutoCloseable, Supervised {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    /** How long a stopping service may take: a run that records its AOT cache writes it at exit. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT_RECORDING = Duration.ofSeconds(90);

    private final String module;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path logDir;
    private final ServiceJvm jvm;
    private final Optional<AotCache> aotCache;
    private int port;
    /** How far above its API port the local stack serves a service's management interface. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /** Health, readiness and metrics: the Quarkus management interface, on a port of its own. */
    private int managementPort;
    /** Whether the port is one this class found free, so another may replace it when that one was taken meanwhile. */
    private boolean portChosenHere;
    private Process process;

    /** The service on a free port, as tests run it. */
    public ServiceProcess(String module, Path repositoryRoot, Map<String, String> environment, Path logDir) {
        this(module, repositoryRoot, environment, logDir, freePort());
        this.portChosenHere = true;
        this.managementPort = freePortBesides(port);
    }

    /** The service on the given port and its management interface {@link #MANAGEMENT_PORT_OFFSET} above it, as the local stack runs it. */
    public ServiceProcess(String module, Path repositoryRoot, Map<String, String> environment, Path logDir, int port) {
        this.module = module;
        this.jar = repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.environment = Map.copyOf(environment);
        this.logDir = logDir;
        this.port = port;
        this.managementPort = port + MANAGEMENT_PORT_OFFSET;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged " + module + " at " + jar + ": build it first, e.g. ./mvnw -pl " + module
                    + " -am package -DskipTests (a full ./mvnw verify builds it before the modules whose tests run it)");
        }
        this.jvm = ServiceJvm.forThisMachine();
        this.aotCache = AotCache.of(jar, jvm.jdk(), jvm.options());
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Where its health ({@code /q/health}) and metrics ({@code /q/metrics}) are served. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The file the service's output (its log and access log) goes to. */
    @Override
    public Path log() {
        return logDir.resolve(module + "-" + port + ".log").toAbsolutePath();
    }

    public String module() {
        return module;
    }

    @Override
    public String name() {
        return module;
    }

    /** The running process's id: it changes when the service is started again. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException(module + " has not been started");
        }
        return process.pid();
    }

    @Override
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the service and returns once it is ready. A free port found for it can be taken by another
     * process before the service binds it (the system hands out the same range for outgoing
     * connections): on its first start, the service then gets another free port, twice at most.
     */
    public ServiceProcess start() {
        boolean firstStart = process == null;
        for (int attempt = 1;; attempt++) {
            try {
                return launch();
            } catch (PortTakenException taken) {
                if (!firstStart || !portChosenHere || attempt == 3) {
                    throw new IllegalStateException(taken.getMessage(), taken);
                }
                System.out.printf("[cm] %s: port %d was taken meanwhile; trying another%n", module, port);
                port = freePort();
                managementPort = freePortBesides(port);
            }
        }
    }

    private ServiceProcess launch() {
        long began = System.nanoTime();
        Path log = log();
        List<String> command = new ArrayList<>();
        command.add(jvm.jdk().java().toString());
        command.addAll(jvm.options());
        aotCache.ifPresent(cache -> command.addAll(cache.jvmOptions()));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServiceJvm.ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            Files.createDirectories(logDir);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not launch " + jar, e);
        }
        System.out.printf("[cm] starting %s on %s (JDK %d%s); log: %s%n", module, url(), jvm.jdk().version(), aotCache
                .map(cache -> cache.isRecording() ? ", recording its AOT cache for the next start" : ", from its AOT cache").orElse(""), log);
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                String message = module + " exited with " + process.exitValue() + " while starting; see " + log;
                throw portTaken(log) ? new PortTakenException(message) : new IllegalStateException(message);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException(module + " was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s; see " + log);
            }
            sleep(100);
        }
        System.out.printf("[cm] %s ready on %s in %d ms%n", module, url(), (System.nanoTime() - began) / 1_000_000);
        return this;
    }

    private static boolean portTaken(Path log) {
        try {
            return Files.readString(log).contains("seems to be in use by another process");
        } catch (IOException e) {
            return false;
        }
    }

    /** The service could not bind its port: another process holds it. */
    private static final class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }

    /** Stops the service's process where it stands (SIGSTOP): it holds its connections and answers nothing, as a hung service does. */
    public void suspend() {
        signal("STOP");
    }

    /** Lets a suspended service go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(module + " is not running");
        }
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the service as a crash does (SIGKILL: no shutdown hook, nothing flushed), for tests of what survives one. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the service to stop (SIGTERM), without waiting: several then end at once. */
    public void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        requestStop();
        Duration timeout = aotCache.filter(AotCache::isRecording).isPresent() ? STOP_TIMEOUT_RECORDING : STOP_TIMEOUT;
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        aotCache.ifPresent(AotCache::settle);
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }

    private static int freePortBesides(int taken) {
        int free = freePort();
        while (free == taken) {
            free = freePort();
        }
        return free;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }
}
