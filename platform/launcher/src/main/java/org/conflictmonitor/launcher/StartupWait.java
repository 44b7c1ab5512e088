package org.conflictmonitor.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for a freshly launched server to answer, telling whoever watches the build what is going on:
 * a first start takes half a minute, which looks like a hang without news.
 */
final class StartupWait {

    private static final Duration POLL_EVERY = Duration.ofMillis(500);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    private static final int LOG_LINES_ON_FAILURE = 40;

    private StartupWait() {
    }

    /**
     * @return how long it took until {@code readyUrl} answered 200
     * @throws IllegalStateException if the process exits or the timeout passes first, with the end of its log
     */
    static Duration until(Process process, URI readyUrl, Path logFile, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        long nextReport = started + REPORT_EVERY.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + LogTail.of(logFile, LOG_LINES_ON_FAILURE));
            }
            if (answersOk(http, readyUrl)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            long now = System.nanoTime();
            if (now - started > timeout.toNanos()) {
                throw new IllegalStateException("Keycloak did not answer " + readyUrl + " within " + timeout.toSeconds()
                        + " s. Last lines of " + logFile + ":\n" + LogTail.of(logFile, LOG_LINES_ON_FAILURE));
            }
            if (now >= nextReport) {
                nextReport += REPORT_EVERY.toNanos();
                System.out.printf("[cm] Keycloak still starting (%d s): %s%n",
                        Duration.ofNanos(now - started).toSeconds(), abbreviate(LogTail.of(logFile, 1)));
            }
            sleep(POLL_EVERY);
        }
    }

    private static boolean answersOk(HttpClient http, URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }


    private static String abbreviate(String line) {
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
