package org.conflictmonitor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLocatorTest {

    @TempDir
    Path installed;

    private Path jdk17;
    private Path jdk21;
    private Path jdk25;

    @BeforeEach
    void installJdks() throws IOException {
        jdk17 = fakeJdk("jdk-17", "17.0.12");
        jdk21 = fakeJdk("jdk-21", "21.0.4");
        jdk25 = fakeJdk("jdk-25", "25");
        Files.createDirectories(installed.resolve("not-a-jdk"));
    }

    @Test
    void keycloakJavaHomeWins() {
        assertEquals(jdk21, locate(Map.of("KEYCLOAK_JAVA_HOME", jdk21.toString(), "JAVA_HOME", jdk25.toString()), jdk25));
    }

    @Test
    void keycloakJavaHomeTooOldIsAnErrorNotAFallback() {
        JdkLocator locator = new JdkLocator(Map.of("KEYCLOAK_JAVA_HOME", jdk17.toString()), jdk25, List.of(installed));

        IllegalStateException error = assertThrows(IllegalStateException.class, locator::locate);
        assertTrue(error.getMessage().startsWith("KEYCLOAK_JAVA_HOME=" + jdk17), error.getMessage());
    }

    @Test
    void currentJvmBeforeJavaHome() {
        assertEquals(jdk21, locate(Map.of("JAVA_HOME", jdk25.toString()), jdk21));
    }

    @Test
    void javaHomeWhenTheCurrentJvmIsTooOld() {
        assertEquals(jdk21, locate(Map.of("JAVA_HOME", jdk21.toString()), jdk17));
    }

    @Test
    void otherwiseTheNewestInstalledJdk() {
        assertEquals(jdk25, locate(Map.of("JAVA_HOME", jdk17.toString()), jdk17));
    }

    @Test
    void noSuitableJdkSaysWhatToDo() {
        JdkLocator locator = new JdkLocator(Map.of(), jdk17, List.of(installed.resolve("jdk-17"), installed.resolve("missing")));

        IllegalStateException error = assertThrows(IllegalStateException.class, locator::locate);
        assertEquals("Keycloak 26 needs a JDK 21 or newer; install one or set KEYCLOAK_JAVA_HOME=/path/to/jdk",
                error.getMessage());
    }

    private Path locate(Map<String, String> environment, Path currentJavaHome) {
        return new JdkLocator(environment, currentJavaHome, List.of(installed)).locate().home();
    }

    private Path fakeJdk(String name, String version) throws IOException {
        return FakeJdk.install(installed, name, version);
    }
}
