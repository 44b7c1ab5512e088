package org.conflictmonitor.importer.cli.run;

import java.util.ArrayList;
import java.util.List;

import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRowError;
import org.conflictmonitor.events.api.ImportRunDto;
import org.conflictmonitor.events.api.ImportState;
import org.conflictmonitor.events.api.KeptEdit;
import org.conflictmonitor.importer.ucdp.RowError;

/**
 * What a run has done so far: its counts, and the bad rows and kept edits not yet reported. Used from
 * the importer's one thread.
 */
public final class Tally {

    /** The longest reason the run's record takes. */
    private static final int MAX_REASON = 1000;

    long rowsRead;
    long created;
    long updated;
    long unchanged;
    long olderVersion;
    long badRows;
    long flaggedRows;
    private long listedErrors;
    private long listedKeptEdits;
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
        bad(List.of(error));
    }

    /** A bad row may have several errors; it counts once. The run's record lists the first errors only, as it keeps no more. */
    public void bad(List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        badRows++;
        for (RowError error : errors) {
            ImportRowError e = new ImportRowError(error.row(), error.column(), cut(error.reason()));
            if (listedErrors < ImportRunDto.MAX_LISTED) {
                newErrors.add(e);
                listedErrors++;
            }
            if (firstErrors.size() < Summary.SHOWN) {
                firstErrors.add(e);
            }
        }
    }

    public void kept(KeptEdit edit) {
        if (listedKeptEdits < ImportRunDto.MAX_LISTED) {
            newKeptEdits.add(edit);
            listedKeptEdits++;
        }
        if (firstKeptEdits.size() < Summary.SHOWN) {
            firstKeptEdits.add(edit);
        }
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
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
