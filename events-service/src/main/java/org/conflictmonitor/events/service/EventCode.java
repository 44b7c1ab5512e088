package org.conflictmonitor.events.service;

/** An event's human-readable code: its country, its year and a number, e.g. {@code AZE-2020-000042}. */
public final class EventCode {

    private EventCode() {
    }

    /** The prefix ({@code AZE-2020}) and the number, six digits or more. Not String.format: an import formats 176k of them. */
    public static String of(String prefix, int number) {
        String digits = Integer.toString(number);
        return prefix + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
