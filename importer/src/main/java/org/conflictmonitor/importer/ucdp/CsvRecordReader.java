package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: cells separated by commas, records by CRLF or LF, a cell in double
 * quotes may hold commas, line breaks and quotes doubled ({@code ""}). Cells are returned exactly as
 * published: no trimming, line breaks inside cells kept as they are.
 */
final class CsvRecordReader implements Closeable {

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private boolean started;
    private long nextNumber;
    private final StringBuilder cell = new StringBuilder(256);

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /**
     * The next record, or {@code null} after the last. Blank lines are skipped rather than read as a record
     * of one empty cell: no UCDP layout has a single column, so a blank line can only be a stray line break.
     */
    CsvRecord next() throws IOException {
        try {
            return readRecord();
        } catch (CharacterCodingException e) {
            throw new UcdpFormatException("record " + nextNumber + " (the header being 0) holds bytes that are "
                    + "not UTF-8; UCDP publishes UTF-8, so the file is damaged or was re-encoded", e);
        }
    }

    private CsvRecord readRecord() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') { // a byte-order mark, as spreadsheet programs write it
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        List<String> cells = new ArrayList<>(64);
        int badCell = -1;
        String problem = null;
        while (true) {
            cell.setLength(0);
            if (c == '"') {
                boolean closed = false;
                while ((c = read()) != EOF) {
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            closed = true;
                            break;
                        }
                    }
                    cell.append((char) c);
                }
                if (!closed) {
                    cells.add(cell.toString());
                    return new CsvRecord(nextNumber++, cells, cells.size() - 1,
                            "a quoted cell is not closed before the end of the file");
                }
                if (!endsCell(c)) {
                    if (problem == null) {
                        badCell = cells.size();
                        problem = "text after the closing quote of a quoted cell (a quote inside a quoted cell "
                                + "must be doubled)";
                    }
                    // Keep the rest so that the following cells stay in their columns.
                    for (; !endsCell(c); c = read()) {
                        cell.append((char) c);
                    }
                }
            } else {
                // A quote inside an unquoted cell breaks RFC 4180 but is unambiguous: keep it as text.
                for (; !endsCell(c); c = read()) {
                    cell.append((char) c);
                }
            }
            cells.add(cell.toString());
            if (c != ',') {
                // A CR ends the record; the LF of a CRLF is skipped as a blank line by the next call.
                return new CsvRecord(nextNumber++, cells, badCell, problem);
            }
            c = read();
        }
    }

    private static boolean endsCell(int c) {
        return c == ',' || c == '\r' || c == '\n' || c == EOF;
    }

    private int read() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
