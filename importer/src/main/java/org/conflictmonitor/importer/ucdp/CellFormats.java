package org.conflictmonitor.importer.ucdp;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How numbers and dates are spelled in UCDP files. Stricter than {@link Integer#parseInt} and
 * {@link Double#parseDouble}, which accept {@code +1}, Arabic-Indic digits, {@code NaN}, {@code 1d} and
 * surrounding blanks: none of those is a UCDP value, and accepting them would hide a damaged file.
 */
final class CellFormats {

    /** Decimal notation, optionally with an exponent (other tools write {@code 1.0E-4}); ASCII digits only. */
    private static final Pattern DECIMAL = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    /** What the GED layouts write after the date; the official layout always carries it, the extracts never. */
    static final String GED_MIDNIGHT = " 00:00:00";

    private CellFormats() {
    }

    static boolean isInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** The numeric value of a cell, or {@code null} if it is not a number. */
    static BigDecimal decimalOrNull(String text) {
        return isDecimal(text) ? new BigDecimal(text) : null;
    }

    /**
     * A GED date: {@code 2013-01-03 00:00:00} (official layout) or {@code 2017-07-31} (extracts).
     *
     * @throws IllegalArgumentException with the reason, if the text is not such a date
     */
    static LocalDate gedDate(String text) {
        if (text.length() == 10 + GED_MIDNIGHT.length()) {
            if (!text.endsWith(GED_MIDNIGHT)) {
                // The writer writes midnight; any other time would be lost on the way back.
                throw new IllegalArgumentException("'" + text + "' has a time of day other than 00:00:00, "
                        + "which a GED date does not carry");
            }
            text = text.substring(0, 10);
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("'" + text + "' is not a date as yyyy-MM-dd or yyyy-MM-dd 00:00:00");
        }
        return date(text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), "yyyy-MM-dd");
    }

    /**
     * An ACD date, {@code dd-mm-yyyy} as in {@code 15-11-2012}.
     *
     * @throws IllegalArgumentException with the reason, if the text is not such a date
     */
    static LocalDate dayMonthYearDate(String text) {
        if (text.length() != 10 || text.charAt(2) != '-' || text.charAt(5) != '-') {
            throw new IllegalArgumentException("'" + text + "' is not a date as dd-mm-yyyy");
        }
        return date(text, digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2), "dd-mm-yyyy");
    }

    private static LocalDate date(String text, int year, int month, int day, String pattern) {
        if (year < 0 || month < 0 || day < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a date as " + pattern);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date", e);
        }
    }

    /** The number spelled by ASCII digits from {@code start} to {@code end}, or -1. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
