package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads a UCDP GED file row by row: the official 49-column layout or any subset of its columns, plain or
 * gzip'd. Each row comes out either as a {@link GedEvent} or as the {@link RowError}s that kept it from
 * being one; the rows around a bad one are read as usual. Memory stays constant whatever the file's size.
 *
 * <pre>{@code
 * try (GedReader reader = GedReader.open(file)) {
 *     reader.rows().forEach(row -> ...);
 * }
 * }</pre>
 */
public final class GedReader implements Closeable {

    private final CsvRecordReader records;
    private final GedLayout layout;
    private final GedRecordParser parser;

    private GedReader(CsvRecordReader records, GedLayout layout) {
        this.records = records;
        this.layout = layout;
        this.parser = new GedRecordParser(layout);
    }

    /**
     * Opens a GED file and reads its header.
     *
     * @throws UcdpFormatException if the file has no header or the header is not a GED layout
     */
    public static GedReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Opens GED text, plain or gzip'd, and reads its header; the reader closes the stream. */
    public static GedReader open(InputStream in) throws IOException {
        return open(UcdpInput.open(in));
    }

    private static GedReader open(Reader text) throws IOException {
        CsvRecordReader records = new CsvRecordReader(text);
        try {
            CsvRecord header = records.next();
            if (header == null) {
                throw new UcdpFormatException("the file is empty; a GED file starts with a header such as "
                        + "id,relid,year,…");
            }
            if (!header.wellQuoted()) {
                throw new UcdpFormatException("the header is not valid CSV: " + header.problem());
            }
            return new GedReader(records, GedLayout.fromHeader(header.cells()));
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /** The columns the file has, as its header lists them. */
    public GedLayout layout() {
        return layout;
    }

    /** The next row, or {@code null} after the last. */
    public ParsedRow<GedEvent> next() throws IOException {
        CsvRecord record = records.next();
        return record == null ? null : parser.parse(record);
    }

    /**
     * The remaining rows as a lazy, sequential stream. An I/O failure while streaming is thrown as
     * {@link java.io.UncheckedIOException}; closing the stream closes the reader.
     */
    public Stream<ParsedRow<GedEvent>> rows() {
        return RowStreams.of(this::next, this);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
