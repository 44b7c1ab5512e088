package org.conflictmonitor.importer.cli;

import java.time.Duration;

import org.conflictmonitor.importer.cli.client.ServiceProblem;
import org.conflictmonitor.importer.cli.run.RunLog;

/**
 * Runs an import and ends its record either way: SUCCEEDED (exit 0), or FAILED with the reason (exit 1).
 * A run that failed because events-service went away would otherwise stay RUNNING on record: ending it
 * is tried again for {@link #PATIENCE}, long enough for a restarted service to be back.
 */
final class RunOutcome {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final Duration PAUSE = Duration.ofSeconds(2);

    interface Work {
        void run() throws Exception;
    }

    private RunOutcome() {
    }

    static int of(RunLog log, Work work) {
        return of(log, work, PATIENCE, PAUSE);
    }

    static int of(RunLog log, Work work, Duration patience, Duration pause) {
        String failure = null;
        try {
            work.run();
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failure = reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
        }
        long deadline = System.nanoTime() + patience.toNanos();
        for (int attempt = 1;; attempt++) {
            try {
                log.finish(failure);
                return failure == null ? 0 : 1;
            } catch (RuntimeException e) {
                // Refused (e.g. 409: already ended, when an earlier answer was lost): asking again changes nothing.
                boolean refused = e instanceof ServiceProblem problem && problem.status() < 500;
                if (refused || System.nanoTime() + pause.toNanos() > deadline) {
                    System.err.println("[import] the run's record could not be ended (" + e.getMessage() + ")"
                            + (refused ? "" : "; it stays RUNNING on record"));
                    return 1;
                }
                if (attempt == 1) {
                    System.err.println("[import] the run's record could not be ended (" + e.getMessage() + "); trying again for up to "
                            + patience.toSeconds() + " s");
                }
                sleep(pause);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
