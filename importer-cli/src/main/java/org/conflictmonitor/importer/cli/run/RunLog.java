package org.conflictmonitor.importer.cli.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.conflictmonitor.events.api.ImportKind;
import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRunDto;
import org.conflictmonitor.events.api.ImportRunRequest;
import org.conflictmonitor.events.api.ImportState;
import org.conflictmonitor.importer.cli.client.ImportRunsClient;

/**
 * A run as the person waiting and the API see it: progress lines (rows done, rows/s, time left) at most
 * every {@link #EVERY}, the same counts reported to the run's record, and a summary at the end.
 */
public final class RunLog {

    static final Duration EVERY = Duration.ofSeconds(2);

    private final ImportRunsClient runs;
    private final PrintWriter out;
    private final Tally tally = new Tally();
    private final long started = System.nanoTime();
    private UUID id;
    private Long total;
    private long lastShown;

    public RunLog(ImportRunsClient runs, PrintWriter out) {
        this.runs = runs;
        this.out = out;
    }

    public Tally tally() {
        return tally;
    }

    public UUID start(ImportKind kind, String file, Long totalRows) {
        this.total = totalRows;
        ImportRunDto run = runs.start(new ImportRunRequest(kind.name(), file, totalRows)).readEntity(ImportRunDto.class);
        this.id = run.id();
        out.printf("[import] run %s: %s %s%s, started by %s%n", id, kind, file, totalRows == null ? "" : " (" + number(totalRows) + " rows)",
                run.startedBy());
        out.flush();
        lastShown = System.nanoTime();
        return id;
    }

    /** Shows and reports progress if the last report is old enough. */
    public void progress() {
        long now = System.nanoTime();
        if (now - lastShown < EVERY.toNanos()) {
            return;
        }
        lastShown = now;
        out.println("[import] " + line(now));
        out.flush();
        runs.report(id, tally.report(ImportState.RUNNING, null));
    }

    /** Ends the run, reports its outcome and prints the summary. */
    public ImportRunDto finish(String failure) {
        ImportProgress last = tally.report(failure == null ? ImportState.SUCCEEDED : ImportState.FAILED, failure);
        ImportRunDto run = runs.report(id, last);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("[import] %s in %.1f s (%s rows/s): %s rows read; created %s, updated %s, unchanged %s, older version %s; "
                + "%s bad rows, %s flagged as UCDP published them%n", run.state(), seconds, number(Math.round(tally.rowsRead / Math.max(seconds, 1e-3))),
                number(tally.rowsRead), number(tally.created), number(tally.updated), number(tally.unchanged), number(tally.olderVersion),
                number(tally.badRows), number(tally.flaggedRows));
        tally.firstErrors().forEach(e -> out.printf("[import]   bad row %d%s: %s%n", e.row(), e.column() == null ? "" : ", " + e.column(), e.reason()));
        if (tally.badRows > tally.firstErrors().size()) {
            out.printf("[import]   … and more: GET /imports/%s lists the first %d%n", id, ImportRunDto.MAX_LISTED);
        }
        tally.firstKeptEdits().forEach(k -> out.printf("[import]   kept a curator's edit: UCDP event %d (%s), field %s%n", k.ucdpEventId(),
                k.eventId(), k.field()));
        if (failure != null) {
            out.println("[import] FAILED: " + failure);
        }
        out.printf("[import] the run's record: GET /imports/%s on events-service%n", id);
        out.flush();
        return run;
    }

    private String line(long now) {
        double seconds = (now - started) / 1e9;
        double rate = tally.rowsRead / Math.max(seconds, 1e-3);
        StringBuilder text = new StringBuilder(number(tally.rowsRead));
        if (total != null && total > 0) {
            text.append(" / ").append(number(total)).append(String.format(Locale.ROOT, " rows (%.0f%%)", 100.0 * tally.rowsRead / total));
        } else {
            text.append(" rows");
        }
        text.append(", ").append(number(Math.round(rate))).append(" rows/s");
        if (total != null && rate > 0 && total > tally.rowsRead) {
            text.append(String.format(Locale.ROOT, ", about %.0f s left", (total - tally.rowsRead) / rate));
        }
        text.append("; created ").append(number(tally.created)).append(", updated ").append(number(tally.updated))
                .append(", unchanged ").append(number(tally.unchanged)).append(", bad ").append(number(tally.badRows));
        return text.toString();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
