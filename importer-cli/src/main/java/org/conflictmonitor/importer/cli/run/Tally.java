package org.conflictmonitor.importer.cli.run;

import java.util.ArrayList;
import java.util.List;

import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRowError;
import org.conflictmonitor.events.api.ImportState;
import org.conflictmonitor.events.api.KeptEdit;
import org.conflictmonitor.importer.ucdp.RowError;

/**
 * What a run has done so far: its counts, and the bad rows and kept edits not yet reported. Used from
 * the importer's one thread.
 */
public final class Tally {

    long rowsRead;
    long created;
    long updated;
    long unchanged;
    long olderVersion;
    long badRows;
    long flaggedRows;
    private final List<ImportRowError> newErrors = new ArrayList<>();
    private final List<KeptEdit> newKeptEdits = new ArrayList<>();
    private final List<ImportRowError> firstErrors = new ArrayList<>();
    private final List<KeptEdit> firstKeptEdits = new ArrayList<>();

    public void read(long rows) {
        rowsRead += rows;
    }

    public void created(long n) {
        created += n;
    }

    public void updated(long n) {
        updated += n;
    }

    public void unchanged(long n) {
        unchanged += n;
    }

    public void olderVersion(long n) {
        olderVersion += n;
    }

    public void flagged(long n) {
        flaggedRows += n;
    }

    public void bad(RowError error) {
        badRows++;
        ImportRowError e = new ImportRowError(error.row(), error.column(), error.reason().length() <= 1000 ? error.reason()
                : error.reason().substring(0, 999) + "…");
        newErrors.add(e);
        if (firstErrors.size() < Summary.SHOWN) {
            firstErrors.add(e);
        }
    }

    /** A bad row may have several errors; it counts once. */
    public void bad(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        bad(errors.get(0));
        for (RowError more : errors.subList(1, errors.size())) {
            newErrors.add(new ImportRowError(more.row(), more.column(), more.reason()));
        }
    }

    public void kept(KeptEdit edit) {
        newKeptEdits.add(edit);
        if (firstKeptEdits.size() < Summary.SHOWN) {
            firstKeptEdits.add(edit);
        }
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long badRows() {
        return badRows;
    }

    /** A report for the run's record: the counts, and what is new since the last one (handed over). */
    ImportProgress report(ImportState state, String failure) {
        ImportProgress progress = new ImportProgress(state.name(), rowsRead, created, updated, unchanged, olderVersion, badRows, flaggedRows,
                List.copyOf(newErrors), List.copyOf(newKeptEdits), failure);
        newErrors.clear();
        newKeptEdits.clear();
        return progress;
    }

    List<ImportRowError> firstErrors() {
        return firstErrors;
    }

    List<KeptEdit> firstKeptEdits() {
        return firstKeptEdits;
    }
}
