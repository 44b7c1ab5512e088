package org.conflictmonitor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.conflictmonitor.launcher.JdkLocator.Jdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC");

    @TempDir
    Path dir;

    private Path jar;
    private Jdk jdk25;

    @BeforeEach
    void packageAnApplication() throws IOException {
        Path application = Files.createDirectories(dir.resolve("quarkus-app"));
        jar = Files.writeString(application.resolve("quarkus-run.jar"), "a jar");
        Files.writeString(Files.createDirectories(application.resolve("lib/main")).resolve("dependency.jar"), "a dependency");
        jdk25 = new Jdk(FakeJdk.install(dir, "jdk-25", "25.0.1"), 25);
    }

    @Test
    void noCacheBeforeJdk25() throws IOException {
        assertEquals(Optional.empty(), AotCache.of(jar, new Jdk(FakeJdk.install(dir, "jdk-21", "21.0.4"), 21), OPTIONS));
    }

    @Test
    void aStartWithoutCacheRecordsOneAndTheNextUsesIt() throws IOException {
        AotCache cache = AotCache.of(jar, jdk25, OPTIONS).orElseThrow();

        Path recording = recordingOf(cache.jvmOptions());
        assertTrue(cache.isRecording());
        Files.writeString(recording, "the cache the JVM wrote at exit");
        cache.settle();

        assertEquals(List.of("-XX:AOTCache=" + cache.file()), cache.jvmOptions());
        assertFalse(cache.isRecording());
        assertFalse(Files.exists(recording), "the recording became the cache");
    }

    @Test
    void aKilledRecordingLeavesNoCacheAndTheNextStartRecords() {
        AotCache cache = AotCache.of(jar, jdk25, OPTIONS).orElseThrow();
        recordingOf(cache.jvmOptions());

        cache.settle();

        assertFalse(Files.exists(cache.file()));
        recordingOf(cache.jvmOptions());
    }

    @Test
    void aRebuildAnotherJdkOrOtherOptionsRecordAfreshAndTheOldCacheGoes() throws IOException {
        AotCache before = AotCache.of(jar, jdk25, OPTIONS).orElseThrow();
        Files.writeString(recordingOf(before.jvmOptions()), "cache");
        before.settle();

        Path dependency = jar.resolveSibling("lib/main/dependency.jar");
        Files.writeString(dependency, "a dependency, rebuilt");
        Files.setLastModifiedTime(dependency, FileTime.fromMillis(Files.getLastModifiedTime(dependency).toMillis() + 1000));
        AotCache rebuilt = AotCache.of(jar, jdk25, OPTIONS).orElseThrow();
        assertNotEquals(before.file(), rebuilt.file());
        Files.writeString(recordingOf(rebuilt.jvmOptions()), "cache");
        rebuilt.settle();
        assertFalse(Files.exists(before.file()), "a cache no JVM would map any more is deleted");

        Jdk other = new Jdk(FakeJdk.install(dir, "jdk-25.0.2", "25.0.2"), 25);
        assertNotEquals(rebuilt.file(), AotCache.of(jar, other, OPTIONS).orElseThrow().file());
        assertNotEquals(rebuilt.file(), AotCache.of(jar, jdk25, List.of("-XX:+UseG1GC")).orElseThrow().file(), "another collector");
    }

    /** The real JDK: what one run records, the next maps ({@code AOTMode=on} refuses to start without it). */
    @Test
    void theJvmMapsTheCacheItRecorded() throws Exception {
        Optional<Jdk> installed = JdkLocator.forThisMachine().newestInstalled(AotCache.MINIMUM_JDK);
        if (installed.isEmpty() && System.getenv("CI") != null) {
            throw new AssertionError("CI machines have Temurin 25 installed under /usr/lib/jvm, and the local stack runs on it");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed.isPresent(), "no JDK 25 or newer on this machine");
        Path app = trainee();
        AotCache cache = AotCache.of(app, installed.get(), List.of()).orElseThrow();

        assertEquals(0, run(installed.get(), cache.jvmOptions(), app), "the recording run");
        cache.settle();
        assertTrue(Files.size(cache.file()) > 1_000_000, "the JVM wrote the cache at exit");

        List<String> options = new ArrayList<>(cache.jvmOptions());
        options.add("-XX:AOTMode=on");
        assertEquals(0, run(installed.get(), options, app), "a run that must map the cache");
    }

    private static Path recordingOf(List<String> options) {
        assertEquals(1, options.size(), options.toString());
        assertTrue(options.get(0).startsWith("-XX:AOTCacheOutput="), options.get(0));
        return Path.of(options.get(0).substring("-XX:AOTCacheOutput=".length()));
    }

    /** A real application jar (the JVM caches classes from jars only), whose main class is {@link AotTrainee}. */
    private Path trainee() throws IOException {
        Path app = Files.createDirectories(dir.resolve("trainee")).resolve("trainee.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, AotTrainee.class.getName());
        String entry = AotTrainee.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(app), manifest);
                InputStream clazz = AotTrainee.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            clazz.transferTo(out);
        }
        return app;
    }

    private int run(Jdk jdk, List<String> options, Path app) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", app.toString()));
        Path output = dir.resolve("jvm-output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
        System.out.println(Files.readString(output));
        return process.exitValue();
    }
}
