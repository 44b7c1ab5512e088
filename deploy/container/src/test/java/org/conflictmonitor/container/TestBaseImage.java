package org.conflictmonitor.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.conflictmonitor.launcher.JdkLocator;
import org.conflictmonitor.launcher.JdkLocator.Jdk;

/**
 * The Dockerfile's {@code BASE} for the test, since no registry is reachable: Debian bookworm from
 * Debian's packages (mmdebstrap) with a Java runtime linked from the machine's own JDK 25 (jlink) at
 * {@code /opt/java/openjdk}, where Eclipse Temurin's images, the production base, have theirs. Built
 * once per JDK and kept in the Podman storage.
 */
final class TestBaseImage {

    /** What the services need of the JDK: Java SE, and what Quarkus, Netty and the tools use beyond it. */
    static final String MODULES = "java.se,jdk.unsupported,jdk.naming.dns,jdk.zipfs,jdk.management,jdk.jfr,jdk.jcmd,jdk.attach,"
            + "jdk.localedata,jdk.charsets,jdk.crypto.cryptoki";

    private TestBaseImage() {
    }

    static String build(Podman podman, Path work) {
        Jdk jdk = JdkLocator.forThisMachine().newestInstalled(25)
                .orElseThrow(() -> new IllegalStateException("The images run Java 25: install a JDK 25 (e.g. Temurin) under /usr/lib/jvm"));
        String name = "localhost/cm-test-base:jdk" + jdk.version() + "-" + Integer.toHexString(jdk.home().toString().hashCode());
        if (podman.hasImage(name)) {
            return name;
        }
        try {
            Path runtime = work.resolve("jre");
            Path rootfs = work.resolve("base.tar");
            deleteRecursively(runtime);
            Files.createDirectories(work);
            System.out.println("[images] linking a Java " + jdk.version() + " runtime from " + jdk.home());
            check(Podman.run(List.of(jdk.home().resolve("bin/jlink").toString(), "--add-modules", MODULES, "--strip-debug",
                    "--no-man-pages", "--no-header-files", "--output", runtime.toString()), Duration.ofMinutes(5)), "jlink");
            System.out.println("[images] building Debian bookworm with it (mmdebstrap, about 30 s)");
            check(Podman.run(List.of("mmdebstrap", "--variant=essential", "--include=ca-certificates",
                    "--customize-hook=mkdir -p \"$1/opt/java\" && cp -a " + runtime + " \"$1/opt/java/openjdk\"", "bookworm",
                    rootfs.toString()), Duration.ofMinutes(10)), "mmdebstrap");
            podman.call(Duration.ofMinutes(5), "import", "--change", "ENV JAVA_HOME=/opt/java/openjdk", "--change",
                    "ENV PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin", rootfs.toString(), name);
            Files.delete(rootfs);
            deleteRecursively(runtime);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Podman.Result result, String what) {
        if (result.exit() != 0) {
            throw new IllegalStateException(what + " failed (" + result.exit() + "):\n" + result.output());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
