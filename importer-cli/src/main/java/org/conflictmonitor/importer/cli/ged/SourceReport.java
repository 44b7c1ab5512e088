package org.conflictmonitor.importer.cli.ged;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.conflictmonitor.importer.ucdp.GedEvent;

/**
 * One report behind a GED event, as UCDP's source columns list it: {@code source_office},
 * {@code source_date} and {@code source_headline} hold one entry per report, separated by semicolons.
 * The columns themselves stay with the event as published; this is what the import makes sources and
 * claims of.
 *
 * @param outlet   the office (outlet or agency) that published it
 * @param date     its day; null when the entry is missing or not a date
 * @param headline its headline; null when missing
 */
public record SourceReport(String outlet, LocalDate date, String headline) {

    /** At most this many reports become claims: an event holds 50 imported claims, one is UCDP's coding. */
    public static final int MAX_CLAIMED = 49;

    /**
     * The reports of an event. Dates and headlines are paired with outlets by position only when each
     * column lists as many entries as there are outlets; otherwise pairing them could attach a headline
     * to the wrong outlet, and only the outlets are taken.
     */
    public static List<SourceReport> of(GedEvent event) {
        List<String> outlets = entries(event.sourceOffice());
        List<String> dates = entries(event.sourceDate());
        List<String> headlines = entries(event.sourceHeadline());
        boolean pairDates = dates.size() == outlets.size();
        boolean pairHeadlines = headlines.size() == outlets.size();
        List<SourceReport> reports = new ArrayList<>();
        for (int i = 0; i < outlets.size() && reports.size() < MAX_CLAIMED; i++) {
            String outlet = outlets.get(i);
            if (outlet.isEmpty()) {
                continue;
            }
            String headline = pairHeadlines && !headlines.get(i).isEmpty() ? headlines.get(i) : null;
            reports.add(new SourceReport(outlet, pairDates ? date(dates.get(i)) : null, headline));
        }
        return List.copyOf(reports);
    }

    /** The citation as a reader would write it: outlet, day, headline. */
    public String citation() {
        StringBuilder text = new StringBuilder(outlet);
        if (date != null) {
            text.append(", ").append(date);
        }
        if (headline != null) {
            text.append(", \"").append(headline).append('"');
        }
        return text.toString();
    }

    private static List<String> entries(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.split(";", -1)).stream().map(String::strip).toList();
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
