package org.conflictmonitor.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.conflictmonitor.launcher.JdkLocator.Jdk;

/**
 * The JVM the services run on and its options, the same for the local stack and the tests.
 *
 * @param jdk     {@code CM_SERVICE_JAVA_HOME} when set, else the newest installed JDK 25 or later (whose
 *                AOT cache halves start-up, see {@link AotCache}), else the JVM running this code
 * @param options {@code CM_SERVICE_JVM_OPTIONS} (space-separated) when set, else {@link #DEFAULT_OPTIONS}
 */
public record ServiceJvm(Jdk jdk, List<String> options) {

    /**
     * For one user waiting for the stack: C1 only (C2 spent more CPU compiling than the 176k-event import
     * spent importing, and delays readiness by half a second on two cores; the container image, serving
     * many users for days, keeps C2: deploy/container/Dockerfile), the serial collector (G1's
     * concurrent marking took a quarter of events-service's CPU in that import, the serial collector a
     * tenth of it), and a heap that starts small, so that an idle service holds little memory.
     */
    public static final List<String> DEFAULT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m");

    /**
     * The JVM's environment unless the caller's sets it: two malloc arenas instead of glibc's eight per
     * core, which took an idle service's RSS down by 6-13 MB (events-service 206 -> 200 MB) at no cost
     * the benchmarks could see.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    public static ServiceJvm forThisMachine() {
        return choose(System.getenv(), JdkLocator.forThisMachine(), Path.of(System.getProperty("java.home")));
    }

    static ServiceJvm choose(Map<String, String> environment, JdkLocator locator, Path currentJavaHome) {
        String home = environment.get("CM_SERVICE_JAVA_HOME");
        Jdk jdk = home != null && !home.isBlank()
                ? JdkLocator.at(Path.of(home)).orElseThrow(() -> new IllegalStateException("CM_SERVICE_JAVA_HOME=" + home + " is not a JDK"))
                : locator.newestInstalled(AotCache.MINIMUM_JDK)
                        .orElseGet(() -> JdkLocator.at(currentJavaHome).orElse(new Jdk(currentJavaHome, Runtime.version().feature())));
        String options = environment.get("CM_SERVICE_JVM_OPTIONS");
        return new ServiceJvm(jdk, options == null || options.isBlank() ? DEFAULT_OPTIONS : List.of(options.strip().split("\\s+")));
    }
}
