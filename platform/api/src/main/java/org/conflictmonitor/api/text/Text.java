package org.conflictmonitor.api.text;

/**
 * How optional text from clients is stored: trimmed, and absent rather than blank.
 */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
