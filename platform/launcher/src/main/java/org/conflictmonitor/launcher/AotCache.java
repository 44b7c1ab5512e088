package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.conflictmonitor.launcher.JdkLocator.Jdk;

/**
 * A service's JDK AOT cache (JEP 483, 514, 515): its classes loaded and linked and its methods'
 * profiles, recorded by one run and mapped by the next, which then starts in about a third of the
 * time and answers its first requests without loading a class.
 * <p>
 * There is no training step: a start without a cache records one, and the JVM writes it when that
 * run ends normally (a few seconds at exit); the next start uses it. The cache sits beside the jar,
 * named by a fingerprint of every file the application is made of and of the JDK, so a rebuild or
 * another JDK records afresh instead of being refused at start. A recording is written under a name
 * of its own and takes the cache's name only once complete: two services of one module recording at
 * once, or a run that is killed, never leave a half-written cache behind.
 */
public final class AotCache {

    /** The first JDK whose AOT cache holds method profiles and is written in one run (JEP 514, 515). */
    public static final int MINIMUM_JDK = 25;

    private static final String DIRECTORY = "aot";

    private final Path cache;
    private Path recording;

    private AotCache(Path cache) {
        this.cache = cache;
    }

    /**
     * The cache of the application packaged at {@code jar} (Quarkus's {@code aot-jar} layout, whose
     * classes the JDK can cache because the application class loader loads them) on this JDK with
     * these options (a cache recorded under another collector or object layout is refused); none
     * before JDK 25.
     */
    public static Optional<AotCache> of(Path jar, Jdk jdk, List<String> jvmOptions) {
        if (jdk.version() < MINIMUM_JDK) {
            return Optional.empty();
        }
        Path application = jar.getParent();
        return Optional.of(new AotCache(application.resolve(DIRECTORY).resolve(fingerprint(application, jdk, jvmOptions) + ".aot")));
    }

    /** The JVM options of the next start: map the cache when there is one, else record it. */
    public List<String> jvmOptions() {
        if (Files.isRegularFile(cache)) {
            recording = null;
            return List.of("-XX:AOTCache=" + cache);
        }
        recording = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".recording");
        try {
            Files.createDirectories(cache.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + cache.getParent(), e);
        }
        return List.of("-XX:AOTCacheOutput=" + recording);
    }

    /** Whether the run started last records the cache (and so needs a few seconds more to end). */
    public boolean isRecording() {
        return recording != null;
    }

    /**
     * After the run has ended: what it recorded becomes the cache of the next start, and the caches
     * of earlier builds or JDKs go. A run that was killed recorded nothing, and the next one records.
     */
    public void settle() {
        if (recording == null || !Files.isRegularFile(recording)) {
            return;
        }
        try {
            Files.move(recording, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> files = Files.list(cache.getParent())) {
                for (Path old : files.filter(f -> f.getFileName().toString().endsWith(".aot") && !f.equals(cache)).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            System.out.printf("[cm] warning: the AOT cache recorded at %s could not become %s (%s); the next start records again%n",
                    recording, cache, e.getMessage());
        } finally {
            recording = null;
        }
    }

    public Path file() {
        return cache;
    }

    /**
     * Every file of the application (path, size, modification time; the cache's own directory aside),
     * the JDK's home and {@code release}, and the JVM's options: what the JVM checks before it maps a cache.
     */
    static String fingerprint(Path application, Jdk jdk, List<String> jvmOptions) {
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(application)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !application.relativize(f).startsWith(DIRECTORY)).sorted().toList()) {
                digest.update((application.relativize(file) + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            digest.update(jdk.home().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(jdk.home().resolve("release")));
            digest.update(String.join(" ", jvmOptions).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the application at " + application, e);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
