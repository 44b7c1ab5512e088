package org.conflictmonitor.importer.ucdp;

import java.util.List;

/**
 * The outcome of reading one data row: either its value or all its errors, never both, so that a
 * malformed row can never be half-imported.
 *
 * @param row    the record's ordinal in the file, 1 being the first record after the header
 * @param value  the row read whole, or {@code null} when it had errors
 * @param errors every problem found in the row; empty exactly when {@code value} is present
 */
public record ParsedRow<T>(long row, T value, List<RowError> errors) {

    public ParsedRow {
        errors = List.copyOf(errors);
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a row has either a value or errors, row " + row);
        }
    }

    public static <T> ParsedRow<T> of(long row, T value) {
        return new ParsedRow<>(row, value, List.of());
    }

    public static <T> ParsedRow<T> failed(long row, List<RowError> errors) {
        return new ParsedRow<>(row, null, errors);
    }

    public boolean isValid() {
        return value != null;
    }
}
