package org.conflictmonitor.importer.ucdp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Turns one CSV record of a GED file into an event, or into everything that is wrong with it. */
final class GedRecordParser {

    private final List<GedColumn> columns;
    private final Set<GedColumn> columnSet;
    private final int idCell;

    GedRecordParser(GedLayout layout) {
        this.columns = layout.columns();
        this.columnSet = layout.columnSet();
        this.idCell = columns.indexOf(GedColumn.ID);
    }

    ParsedRow<GedEvent> parse(CsvRecord record) {
        long row = record.number();
        List<String> cells = record.cells();
        CellParser parser = new CellParser(row);
        if (!record.wellQuoted()) {
            parser.fail(record.badCell() < columns.size() ? columns.get(record.badCell()).header() : null,
                    record.problem());
        }
        if (cells.size() != columns.size()) {
            // Cells out of place would be read into the wrong columns: nothing else of the row can be trusted.
            parser.fail(null, "expected " + columns.size() + " cells as the header has, found " + cells.size());
        }
        if (parser.hasErrors()) {
            return ParsedRow.failed(row, parser.errors());
        }

        Object[] values = new Object[GedColumn.all().size()];
        for (int i = 0; i < cells.size(); i++) {
            GedColumn column = columns.get(i);
            values[column.ordinal()] = read(parser, column, cells.get(i));
        }
        if (cells.get(idCell).isEmpty()) {
            parser.fail(GedColumn.ID.header(), "missing: every GED row needs its id");
        }
        checkRange(parser, values, GedColumn.LATITUDE, 90);
        checkRange(parser, values, GedColumn.LONGITUDE, 180);
        LocalDate start = (LocalDate) values[GedColumn.DATE_START.ordinal()];
        LocalDate end = (LocalDate) values[GedColumn.DATE_END.ordinal()];
        if (start != null && end != null && end.isBefore(start)) {
            parser.fail(GedColumn.DATE_END.header(), "date_end " + end + " is before date_start " + start);
        }
        if (parser.hasErrors()) {
            return ParsedRow.failed(row, parser.errors());
        }

        List<GedAnomaly> anomalies = GedAnomaly.find(
                integer(values, GedColumn.BEST), integer(values, GedColumn.LOW), integer(values, GedColumn.HIGH),
                integer(values, GedColumn.DEATHS_A), integer(values, GedColumn.DEATHS_B),
                integer(values, GedColumn.DEATHS_CIVILIANS), integer(values, GedColumn.DEATHS_UNKNOWN));
        return ParsedRow.of(row, GedEvent.fromValues(values, columnSet, anomalies));
    }

    private static Object read(CellParser parser, GedColumn column, String cell) {
        String name = column.header();
        switch (column.type()) {
            case LONG:
                return parser.toLong(name, cell);
            case INTEGER:
                Integer value = parser.toInteger(name, cell);
                if (value != null && column.codes() != null && !column.codes().contains(value)) {
                    parser.fail(name, "unknown code " + value + "; " + name + " is " + column.codeMeanings());
                    return null;
                }
                return value;
            case DECIMAL:
                return parser.toDouble(name, cell);
            case DATE:
                return parser.toGedDate(name, cell);
            default:
                return cell.isEmpty() ? null : cell;
        }
    }

    private static void checkRange(CellParser parser, Object[] values, GedColumn column, double limit) {
        Double value = (Double) values[column.ordinal()];
        if (value != null && (value < -limit || value > limit)) {
            parser.fail(column.header(), value + " is outside -" + (int) limit + "..." + (int) limit);
        }
    }

    private static Integer integer(Object[] values, GedColumn column) {
        return (Integer) values[column.ordinal()];
    }
}
