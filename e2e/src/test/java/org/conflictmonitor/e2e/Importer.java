package org.conflictmonitor.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** deploy/local/import, as an admin runs it against the running stack. */
final class Importer {

    private static final Pattern RUN_ID = Pattern.compile("\\[import\\] run ([0-9a-f-]{36}):");

    /** What a run printed, and how it ended. */
    record Run(int exit, String output) {

        /** The id of the run's record in events-service. */
        String runId() {
            Matcher m = RUN_ID.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("No run id in:\n" + output);
            }
            return m.group(1);
        }
    }

    private Importer() {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(root.resolve("deploy/local/import").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("CM_LOCAL_DIR", "e2e/target/local-stack");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/local/import " + String.join(" ", args) + " did not end within 10 min");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("[e2e] deploy/local/import " + String.join(" ", args) + " →\n" + text);
        return new Run(process.exitValue(), text);
    }
}
