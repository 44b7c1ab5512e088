package org.conflictmonitor.importer.cli.run;

/** How much of a run's detail the console shows; the run's record in events-service keeps more. */
final class Summary {

    /** Bad rows and kept edits printed at the end; the rest are counted, and listed by the API. */
    static final int SHOWN = 20;

    private Summary() {
    }
}
