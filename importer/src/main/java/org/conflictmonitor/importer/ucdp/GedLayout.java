package org.conflictmonitor.importer.ucdp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which GED columns a file has, in the order its header lists them. UCDP publishes the official
 * 49-column layout, but extracts of GED (such as the 176k precise-location file) keep only some columns;
 * a column the layout lacks is one the file says nothing about.
 *
 * @param columns the file's columns in header order
 */
public record GedLayout(List<GedColumn> columns) {

    /** UCDP's official CSV layout (GED 23.1): all 49 columns in their published order. */
    public static final GedLayout OFFICIAL = new GedLayout(GedColumn.all());

    /** The extract of GED 21.1 with precise locations only: 14 columns, dates without a time. */
    public static final GedLayout PRECISE_EXTRACT = new GedLayout(List.of(
            GedColumn.ID, GedColumn.YEAR, GedColumn.TYPE_OF_VIOLENCE, GedColumn.CONFLICT_NAME,
            GedColumn.SIDE_A, GedColumn.SIDE_B, GedColumn.COUNTRY, GedColumn.LATITUDE, GedColumn.LONGITUDE,
            GedColumn.DATE_START, GedColumn.DATE_END, GedColumn.BEST, GedColumn.HIGH, GedColumn.LOW));

    public GedLayout {
        columns = List.copyOf(columns);
        if (!columns.contains(GedColumn.ID)) {
            throw new IllegalArgumentException("a GED layout needs the id column, got " + columns);
        }
        if (EnumSet.copyOf(columns).size() != columns.size()) {
            throw new IllegalArgumentException("a GED layout names each column once, got " + columns);
        }
    }

    /**
     * The layout a header describes. The header may list any known GED columns in any order, as long as
     * {@code id} is among them: without it no row can be matched with what is already stored.
     *
     * @throws UcdpFormatException if a name is not a GED column, a column repeats or {@code id} is missing
     */
    public static GedLayout fromHeader(List<String> header) throws UcdpFormatException {
        List<GedColumn> columns = new ArrayList<>(header.size());
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String name : header) {
            GedColumn column = GedColumn.byHeader(name).orElse(null);
            if (column == null) {
                unknown.add(name);
            } else if (columns.contains(column)) {
                repeated.add(name);
            } else {
                columns.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UcdpFormatException("not a UCDP GED file: the header names "
                    + (unknown.size() == 1 ? "a column" : "columns") + " GED does not have: "
                    + quoted(unknown) + ". GED columns are " + GedColumn.all().stream()
                    .map(GedColumn::header).collect(Collectors.joining(",")));
        }
        if (!repeated.isEmpty()) {
            throw new UcdpFormatException("the header names " + quoted(repeated) + " more than once");
        }
        if (!columns.contains(GedColumn.ID)) {
            throw new UcdpFormatException("the header has no 'id' column; every GED row needs its id, "
                    + "header was: " + String.join(",", header));
        }
        return new GedLayout(columns);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    public int width() {
        return columns.size();
    }

    /** The file's columns as an immutable set: what every event read from the file carries. */
    public Set<GedColumn> columnSet() {
        return Set.copyOf(columns);
    }

    public boolean has(GedColumn column) {
        return columns.contains(column);
    }

    public boolean isOfficial() {
        return equals(OFFICIAL);
    }

    public boolean isPreciseExtract() {
        return equals(PRECISE_EXTRACT);
    }
}
