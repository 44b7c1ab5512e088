package org.conflictmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analyst console in headless Chromium against the stack as {@code deploy/local/up} starts it:
 * the browser script {@code console/e2e/console.e2e.mjs} signs in as each demo user and checks what
 * they see and may do; its screenshots go to {@code e2e/target/console-screenshots}.
 */
@ExtendWith(SharedStack.class)
@Order(2)
class ConsoleIT {

    @Test
    void analystsCuratorsAndAdminsUseTheConsoleInABrowser() throws IOException, InterruptedException {
        Path console = Path.of("").toAbsolutePath().getParent().resolve("console");
        Path log = Path.of("target/console-e2e.log").toAbsolutePath();
        ProcessBuilder script = new ProcessBuilder("node", "e2e/console.e2e.mjs")
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        script.environment().put("GATEWAY", RunningStack.GATEWAY);
        script.environment().put("SCREENSHOTS", Path.of("target/console-screenshots").toAbsolutePath().toString());
        Process browser = script.start();
        boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!finished) {
            browser.destroyForcibly();
        }
        assertThat(finished).as("the browser script finished in time:%n%s", output).isTrue();
        assertThat(browser.exitValue()).as("the browser script's expectations:%n%s", output).isZero();
        assertThat(Path.of("target/console-screenshots/explore.png")).exists();
    }
}
