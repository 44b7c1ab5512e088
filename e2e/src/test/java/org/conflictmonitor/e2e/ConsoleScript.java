package org.conflictmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the console's browser script ({@code console/e2e/console.e2e.mjs}, headless Chromium) against
 * the running stack and fails with its output when one of its expectations does. Screenshots go to
 * {@code e2e/target/console-screenshots}.
 */
final class ConsoleScript {

    static final Path SCREENSHOTS = Path.of("target/console-screenshots").toAbsolutePath();

    private ConsoleScript() {
    }

    /** The script's scenario: none for every demo user's walk-through, or one it names. */
    static void run(String... scenario) throws IOException, InterruptedException {
        Path console = Path.of("").toAbsolutePath().getParent().resolve("console");
        Path log = Path.of("target/console-e2e" + (scenario.length > 0 ? "-" + scenario[0] : "") + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("node", "e2e/console.e2e.mjs"));
        command.addAll(List.of(scenario));
        ProcessBuilder script = new ProcessBuilder(command)
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        script.environment().put("GATEWAY", RunningStack.GATEWAY);
        script.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        Process browser = script.start();
        boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        if (!finished) {
            browser.destroyForcibly();
        }
        assertThat(finished).as("the browser script finished in time:%n%s", output).isTrue();
        assertThat(browser.exitValue()).as("the browser script's expectations:%n%s", output).isZero();
    }
}
