package org.conflictmonitor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @TempDir
    Path installed;

    private Path jdk17;
    private Path jdk21;

    @BeforeEach
    void installJdks() throws IOException {
        jdk17 = FakeJdk.install(installed, "jdk-17", "17.0.12");
        jdk21 = FakeJdk.install(installed, "jdk-21", "21.0.4");
    }

    @Test
    void theNewestJdkThatKeepsAnAotCache() throws IOException {
        Path jdk25 = FakeJdk.install(installed, "jdk-25", "25.0.1");
        FakeJdk.install(installed, "jdk-26", "26");

        ServiceJvm jvm = choose(Map.of());

        assertEquals(installed.resolve("jdk-26").toAbsolutePath(), jvm.jdk().home());
        assertEquals(ServiceJvm.DEFAULT_OPTIONS, jvm.options());
        assertEquals(jdk25, choose(Map.of("CM_SERVICE_JAVA_HOME", jdk25.toString())).jdk().home());
    }

    @Test
    void theCurrentJvmWhenNoneIsInstalled() {
        assertEquals(jdk17, choose(Map.of()).jdk().home(), "a JDK 21 has no AOT cache to offer over the JVM already running");
    }

    @Test
    void theOperatorsChoice() {
        ServiceJvm jvm = choose(Map.of("CM_SERVICE_JAVA_HOME", jdk21.toString(), "CM_SERVICE_JVM_OPTIONS", " -XX:+UseSerialGC  -Xmx1g "));

        assertEquals(jdk21, jvm.jdk().home());
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx1g"), jvm.options());
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> choose(Map.of("CM_SERVICE_JAVA_HOME", installed.resolve("nothing").toString())));
        assertEquals("CM_SERVICE_JAVA_HOME=" + installed.resolve("nothing") + " is not a JDK", error.getMessage());
    }

    private ServiceJvm choose(Map<String, String> environment) {
        return ServiceJvm.choose(environment, new JdkLocator(environment, jdk17, List.of(installed)), jdk17);
    }
}
