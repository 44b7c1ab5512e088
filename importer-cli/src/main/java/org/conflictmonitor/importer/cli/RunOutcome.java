package org.conflictmonitor.importer.cli;

import org.conflictmonitor.importer.cli.run.RunLog;

/** Runs an import and ends its record either way: SUCCEEDED (exit 0), or FAILED with the reason (exit 1). */
final class RunOutcome {

    interface Work {
        void run() throws Exception;
    }

    private RunOutcome() {
    }

    static int of(RunLog log, Work work) {
        String failure = null;
        try {
            work.run();
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failure = reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
        }
        try {
            log.finish(failure);
        } catch (RuntimeException e) {
            // The record could not be ended (events-service down?): say so; the exit code still tells.
            System.err.println("[import] the run's record could not be ended: " + e.getMessage());
            return 1;
        }
        return failure == null ? 0 : 1;
    }
}
