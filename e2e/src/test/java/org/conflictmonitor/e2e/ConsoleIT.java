package org.conflictmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

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
        ConsoleScript.run();
        assertThat(ConsoleScript.SCREENSHOTS.resolve("explore.png")).exists();
    }
}
