package org.conflictmonitor.common.persistence;

/** Text a user typed, made safe to put inside a SQL {@code LIKE} pattern. */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with {@code LIKE}'s wildcards and its escape character escaped, so that each matches itself. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
