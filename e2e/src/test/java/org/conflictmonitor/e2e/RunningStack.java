package org.conflictmonitor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform as a newcomer starts it: {@code deploy/local/up} from the repository root, ready when
 * it says so. Its state lives in {@code e2e/target/local-stack}, apart from a developer's own stack.
 */
final class RunningStack implements AutoCloseable {

    static final String GATEWAY = "http://localhost:8080";
    static final String KEYCLOAK = "http://localhost:8180";
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path output;

    private RunningStack(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static RunningStack start() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path output = Path.of("target/local-stack.out").toAbsolutePath();
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(root.resolve("deploy/local/up").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CM_LOCAL_DIR", "e2e/target/local-stack");
        RunningStack stack = new RunningStack(builder.start(), output);
        System.out.println("[e2e] deploy/local/up started; output: " + output);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!stack.output().contains("Conflict Monitor is ready")) {
            if (!stack.process.isAlive()) {
                throw new IllegalStateException("deploy/local/up exited with " + stack.process.exitValue() + ":\n" + stack.output());
            }
            if (System.nanoTime() > deadline) {
                stack.close();
                throw new IllegalStateException("deploy/local/up was not ready within " + STARTUP.toMinutes() + " min:\n" + stack.output());
            }
            Thread.sleep(500);
        }
        System.out.println("[e2e] stack ready");
        return stack;
    }

    /** What deploy/local/up printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh access token of a demo user, from the local-only password-grant client, as the README shows. */
    static String token(String user) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/conflict-monitor/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=conflict-monitor-cli&grant_type=password&username="
                            + user + "&password=" + user))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("No token for " + user + ": " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills one service of the stack, as a crash would. */
    static void kill(String module) {
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(module + "/target/quarkus-app/quarkus-run.jar"))
                .toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("No running " + module);
        }
        found.forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops the stack as Ctrl-C does: everything it started goes with it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        System.out.println("[e2e] stack stopped:\n" + output().lines().filter(l -> l.contains("stop")).toList());
    }
}
