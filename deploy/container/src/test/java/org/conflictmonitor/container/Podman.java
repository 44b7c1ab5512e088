package org.conflictmonitor.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Podman as this kind of machine runs it without a Docker daemon: its own storage under the project
 * (vfs), cgroupfs, runc (crun fails on this cgroup setup), explicit file and process limits. Missing,
 * it is installed from Debian's packages when the build runs as root (as CI does); otherwise the
 * test fails and says how to install it, never skips.
 */
final class Podman {

    static final List<String> PACKAGES = List.of("podman", "buildah", "runc", "mmdebstrap", "uidmap");

    private final Path storage;

    Podman(Path storage) {
        this.storage = storage;
    }

    static Podman onThisMachine(Path storage) {
        if (!installed("podman") || !installed("mmdebstrap")) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("Podman and mmdebstrap are needed to build and run the images: "
                        + "sudo apt-get install -y " + String.join(" ", PACKAGES));
            }
            System.out.println("[images] installing " + String.join(", ", PACKAGES) + " from Debian's packages …");
            List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
            install.addAll(PACKAGES);
            Result result = run(install, Duration.ofMinutes(10));
            if (result.exit() != 0) {
                throw new IllegalStateException("apt-get could not install " + PACKAGES + ":\n" + result.output());
            }
        }
        return new Podman(storage);
    }

    /** Runs {@code podman <arguments>} and fails with its output unless it succeeds. */
    String call(Duration timeout, String... arguments) {
        Result result = tryCall(timeout, arguments);
        if (result.exit() != 0) {
            throw new IllegalStateException("podman " + String.join(" ", arguments) + " failed (" + result.exit() + "):\n" + result.output());
        }
        return result.output();
    }

    Result tryCall(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman", "--root", storage.resolve("root").toString(), "--runroot",
                storage.resolve("run").toString(), "--storage-driver", "vfs", "--cgroup-manager", "cgroupfs", "--runtime", "runc"));
        command.addAll(List.of(arguments));
        return run(command, timeout);
    }

    boolean hasImage(String name) {
        return tryCall(Duration.ofMinutes(1), "image", "exists", name).exit() == 0;
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, Duration timeout) {
        try {
            Path output = Files.createTempFile("podman", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static boolean installed(String program) {
        return run(List.of("sh", "-c", "command -v " + program), Duration.ofSeconds(10)).exit() == 0;
    }
}
