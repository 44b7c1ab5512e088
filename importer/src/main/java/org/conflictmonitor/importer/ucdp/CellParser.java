package org.conflictmonitor.importer.ucdp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of one row into values, collecting every problem instead of stopping at the first, so
 * that a malformed row is reported with all that is wrong with it. Every method returns {@code null} for an
 * empty cell and for a cell it could not read; {@link #errors()} says which was which.
 */
final class CellParser {

    private final long row;
    private final List<RowError> errors = new ArrayList<>(2);

    CellParser(long row) {
        this.row = row;
    }

    Long toLong(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (CellFormats.isInteger(cell)) {
            try {
                return Long.parseLong(cell);
            } catch (NumberFormatException tooLarge) {
                // falls through to the error below
            }
        }
        fail(column, "'" + cell + "' is not a whole number");
        return null;
    }

    Integer toInteger(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (CellFormats.isInteger(cell)) {
            try {
                return Integer.parseInt(cell);
            } catch (NumberFormatException tooLarge) {
                fail(column, "'" + cell + "' is out of range for this column");
                return null;
            }
        }
        fail(column, "'" + cell + "' is not a whole number");
        return null;
    }

    Double toDouble(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (!CellFormats.isDecimal(cell)) {
            fail(column, "'" + cell + "' is not a number");
            return null;
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            fail(column, "'" + cell + "' is out of range");
            return null;
        }
        return value;
    }

    LocalDate toGedDate(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return CellFormats.gedDate(cell);
        } catch (IllegalArgumentException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    LocalDate toDayMonthYearDate(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return CellFormats.dayMonthYearDate(cell);
        } catch (IllegalArgumentException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    /** A list of whole numbers as UCDP separates them, {@code 651, 666} or {@code 651,  645}; empty for an empty cell. */
    List<Integer> toIntegers(String column, String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        String[] parts = cell.split(",", -1);
        List<Integer> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            String number = part.strip();
            if (!CellFormats.isInteger(number)) {
                fail(column, "'" + cell + "' is not a comma-separated list of whole numbers");
                return null;
            }
            try {
                values.add(Integer.parseInt(number));
            } catch (NumberFormatException tooLarge) {
                fail(column, "'" + number + "' is out of range for this column");
                return null;
            }
        }
        return List.copyOf(values);
    }

    void fail(String column, String reason) {
        errors.add(new RowError(row, column, reason));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<RowError> errors() {
        return errors;
    }
}
