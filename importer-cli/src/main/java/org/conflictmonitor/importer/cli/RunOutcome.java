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
        try {
            work.run();
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.finish(reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…");
            return 1;
        }
        log.finish(null);
        return 0;
    }
}
