package org.conflictmonitor.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a process's log, to show with the news that it failed. */
public final class LogTail {

    private LogTail() {
    }

    public static String of(Path logFile, int lines) {
        try {
            // Decoded leniently: a log cut off in the middle of a character must still be shown.
            List<String> all = Arrays.asList(new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).split("\\R"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
