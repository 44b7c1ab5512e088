package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two GED files cell by cell by value: numbers numerically ({@code 20.40} equals {@code 20.4}),
 * dates as days ({@code 2017-07-31} equals {@code 2017-07-31 00:00:00}), text exactly, character for
 * character. Rows are matched by event id, so the files may order them differently.
 *
 * <p>It works on the cells' text, not on {@link GedEvent}s, so that it can also tell what differs in rows
 * the {@link GedReader} would refuse. It holds the right file's cells in memory (about 100 MB for the
 * 176k extract) and streams the left.
 */
public final class GedValues {

    private GedValues() {
    }

    /**
     * Compares the columns both files have.
     *
     * @throws UcdpFormatException if a file is not a GED file, a row has the wrong number of cells or broken
     *                             quoting, or an id is missing or repeated, since rows are matched by id
     */
    public static GedComparison compare(Path left, Path right) throws IOException {
        Map<String, Row> rightRows = new LinkedHashMap<>();
        GedLayout rightLayout;
        try (Rows rows = Rows.open(right)) {
            rightLayout = rows.layout;
            for (Row row = rows.next(); row != null; row = rows.next()) {
                Row earlier = rightRows.putIfAbsent(row.key, row);
                if (earlier != null) {
                    throw repeatedId(right, earlier, row);
                }
            }
        }
        long rightCount = rightRows.size();

        List<GedValueDifference> differences = new ArrayList<>();
        List<GedColumn> compared;
        long leftCount = 0;
        try (Rows rows = Rows.open(left)) {
            compared = GedColumn.all().stream().filter(c -> rows.layout.has(c) && rightLayout.has(c)).toList();
            Map<String, Long> leftRowOfKey = new HashMap<>();
            for (Row row = rows.next(); row != null; row = rows.next()) {
                leftCount++;
                Long earlier = leftRowOfKey.putIfAbsent(row.key, row.number);
                if (earlier != null) {
                    throw new UcdpFormatException(left + ": id " + row.id + " appears in row " + earlier
                            + " and again in row " + row.number + "; rows are matched by id");
                }
                Row other = rightRows.remove(row.key);
                if (other == null) {
                    differences.add(new GedValueDifference(row.id, GedColumn.ID, row.id, null));
                    continue;
                }
                for (GedColumn column : compared) {
                    String l = row.cell(column);
                    String r = other.cell(column);
                    if (!sameValue(column, l, r)) {
                        differences.add(new GedValueDifference(row.id, column, l, r));
                    }
                }
            }
        }
        for (Row row : rightRows.values()) {
            differences.add(new GedValueDifference(row.id, GedColumn.ID, null, row.id));
        }
        return new GedComparison(compared, leftCount, rightCount, differences);
    }

    /** Whether two cells of a column hold the same value; an empty cell equals only an empty cell. */
    public static boolean sameValue(GedColumn column, String left, String right) {
        if (left.equals(right)) {
            return true;
        }
        switch (column.type()) {
            case LONG:
            case INTEGER:
            case DECIMAL:
                BigDecimal l = CellFormats.decimalOrNull(left);
                BigDecimal r = CellFormats.decimalOrNull(right);
                return l != null && r != null && l.compareTo(r) == 0;
            case DATE:
                try {
                    return CellFormats.gedDate(left).equals(CellFormats.gedDate(right));
                } catch (IllegalArgumentException notADate) {
                    return false;
                }
            default:
                return false;
        }
    }

    private static UcdpFormatException repeatedId(Path file, Row first, Row again) {
        return new UcdpFormatException(file + ": id " + again.id + " appears in row " + first.number
                + " and again in row " + again.number + "; rows are matched by id");
    }

    /** One row's cells, by column. */
    private static final class Row {
        final long number;
        final String id;
        final String key;
        final String[] cells = new String[GedColumn.all().size()];

        Row(long number, String id, String key) {
            this.number = number;
            this.id = id;
            this.key = key;
        }

        String cell(GedColumn column) {
            return cells[column.ordinal()];
        }
    }

    /** A GED file's rows as text, refusing rows whose cells cannot be told apart. */
    private static final class Rows implements Closeable {
        final Path file;
        final CsvRecordReader records;
        final GedLayout layout;

        private Rows(Path file, CsvRecordReader records, GedLayout layout) {
            this.file = file;
            this.records = records;
            this.layout = layout;
        }

        static Rows open(Path file) throws IOException {
            CsvRecordReader records = new CsvRecordReader(UcdpInput.open(file));
            try {
                CsvRecord header = records.next();
                if (header == null) {
                    throw new UcdpFormatException(file + " is empty");
                }
                return new Rows(file, records, GedLayout.fromHeader(header.cells()));
            } catch (IOException | RuntimeException e) {
                records.close();
                throw e;
            }
        }

        Row next() throws IOException {
            CsvRecord record = records.next();
            if (record == null) {
                return null;
            }
            List<GedColumn> columns = layout.columns();
            if (!record.wellQuoted() || record.cells().size() != columns.size()) {
                throw new UcdpFormatException(file + ", row " + record.number() + ": "
                        + (record.wellQuoted() ? record.cells().size() + " cells where the header has "
                        + columns.size() : record.problem()) + "; its cells cannot be matched with columns");
            }
            String id = record.cells().get(columns.indexOf(GedColumn.ID));
            if (id.isEmpty()) {
                throw new UcdpFormatException(file + ", row " + record.number() + " has no id; rows are matched by id");
            }
            BigDecimal number = CellFormats.decimalOrNull(id);
            Row row = new Row(record.number(), id, number == null ? id : number.stripTrailingZeros().toPlainString());
            for (int i = 0; i < columns.size(); i++) {
                row.cells[columns.get(i).ordinal()] = record.cells().get(i);
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            records.close();
        }
    }
}
