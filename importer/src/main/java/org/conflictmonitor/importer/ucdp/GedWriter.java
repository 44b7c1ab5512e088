package org.conflictmonitor.importer.ucdp;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes GED events in UCDP's official 49-column layout, as UCDP publishes it: the official header,
 * RFC 4180 quoting, CRLF line ends, UTF-8, dates as {@code yyyy-MM-dd 00:00:00}, an empty cell for a
 * missing value. A column the event's file lacked is written empty too. The header is written at once,
 * so a file without events is still a valid GED file.
 */
public final class GedWriter implements Closeable, Flushable {

    private static final List<String> HEADER = GedColumn.all().stream().map(GedColumn::header).toList();

    private final CsvRecordWriter records;

    public GedWriter(Writer out) throws IOException {
        this.records = new CsvRecordWriter(out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16));
        records.write(HEADER);
    }

    /** Writes UTF-8 to the stream, which the writer closes. */
    public static GedWriter to(OutputStream out) throws IOException {
        return new GedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Creates or replaces a file. */
    public static GedWriter create(Path file) throws IOException {
        return to(Files.newOutputStream(file));
    }

    public void write(GedEvent event) throws IOException {
        List<String> cells = new ArrayList<>(HEADER.size());
        for (GedColumn column : GedColumn.all()) {
            cells.add(format(event.value(column)));
        }
        records.write(cells);
    }

    /** Writes one event given as its cells' text; a column without a cell is written empty. */
    public void write(Map<GedColumn, String> cells) throws IOException {
        List<String> row = new ArrayList<>(HEADER.size());
        for (GedColumn column : GedColumn.all()) {
            row.add(cells.get(column));
        }
        records.write(row);
    }

    /** The cell an event's value of a column is written as; {@code null} for an empty cell. */
    public static String cell(GedEvent event, GedColumn column) {
        return format(event.value(column));
    }

    /** The text of one value in the official layout; {@code null} for an empty cell. */
    public static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double number) {
            // Shortest decimal that reads back as the same double, never in E notation: 20.4, not 2.04E1.
            String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            return text.equals("-0") ? "0" : text;
        }
        if (value instanceof LocalDate date) {
            return date + CellFormats.GED_MIDNIGHT;
        }
        return value.toString();
    }

    @Override
    public void flush() throws IOException {
        records.flush();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
