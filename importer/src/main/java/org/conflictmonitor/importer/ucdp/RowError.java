package org.conflictmonitor.importer.ucdp;

import java.util.Objects;

/**
 * One problem of one data row.
 *
 * @param row    the record's ordinal in the file, 1 being the first record after the header; not a line
 *               number, because quoted cells may span lines
 * @param column the header name of the offending column, or {@code null} when the problem is the row as a
 *               whole (its number of cells)
 * @param reason what is wrong, in words a person fixing the file can act on
 */
public record RowError(long row, String column, String reason) {

    public RowError {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
