package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the UCDP/PRIO Armed Conflict Dataset (the 22 columns of the 24.1 CSV, in any order; plain or
 * gzip'd) row by row. Each row comes out either as an {@link AcdConflictYear} or as the {@link RowError}s
 * that kept it from being one.
 */
public final class AcdReader implements Closeable {

    private final CsvRecordReader records;
    private final AcdRecordParser parser;

    private AcdReader(CsvRecordReader records, AcdRecordParser parser) {
        this.records = records;
        this.parser = parser;
    }

    /**
     * Opens an ACD file and reads its header.
     *
     * @throws UcdpFormatException if the header lacks an ACD column or names one the reader does not know
     */
    public static AcdReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Opens ACD text, plain or gzip'd, and reads its header; the reader closes the stream. */
    public static AcdReader open(InputStream in) throws IOException {
        CsvRecordReader records = new CsvRecordReader(UcdpInput.open(in));
        try {
            CsvRecord header = records.next();
            if (header == null) {
                throw new UcdpFormatException("the file is empty; an ACD file starts with a header such as "
                        + "conflict_id,location,side_a,…");
            }
            return new AcdReader(records, new AcdRecordParser(cellsOf(header)));
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /**
     * Where each column is. A column the reader does not know is refused rather than ignored: an ACD
     * release with other columns (the full release has {@code start_date2}, {@code ep_end_date} …) may
     * mean other things by the known ones too, and that must be looked at before importing it.
     */
    private static int[] cellsOf(CsvRecord header) throws UcdpFormatException {
        int[] cellOf = new int[AcdColumn.all().size()];
        Arrays.fill(cellOf, -1);
        List<String> unknown = new ArrayList<>();
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            AcdColumn column = AcdColumn.byHeader(cells.get(i)).orElse(null);
            if (column == null) {
                unknown.add("'" + cells.get(i) + "'");
            } else if (cellOf[column.ordinal()] >= 0) {
                throw new UcdpFormatException("the header names '" + column.header() + "' more than once");
            } else {
                cellOf[column.ordinal()] = i;
            }
        }
        List<String> missing = AcdColumn.all().stream().filter(c -> cellOf[c.ordinal()] < 0)
                .map(AcdColumn::header).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new UcdpFormatException("not the UCDP/PRIO ACD layout this reader knows:"
                    + (unknown.isEmpty() ? "" : " unknown column(s) " + String.join(", ", unknown) + ";")
                    + (missing.isEmpty() ? "" : " missing column(s) " + String.join(", ", missing) + ";")
                    + " expected " + AcdColumn.all().stream().map(AcdColumn::header).collect(Collectors.joining(",")));
        }
        return cellOf;
    }

    /** The next row, or {@code null} after the last. */
    public ParsedRow<AcdConflictYear> next() throws IOException {
        CsvRecord record = records.next();
        return record == null ? null : parser.parse(record);
    }

    /** The remaining rows as a lazy, sequential stream; closing the stream closes the reader. */
    public Stream<ParsedRow<AcdConflictYear>> rows() {
        return RowStreams.of(this::next, this);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
