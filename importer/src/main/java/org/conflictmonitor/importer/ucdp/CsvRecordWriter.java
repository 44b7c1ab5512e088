package org.conflictmonitor.importer.ucdp;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records as UCDP publishes them: CRLF after each record, a cell quoted only when it holds
 * a comma, a quote, CR or LF, quotes inside it doubled.
 */
final class CsvRecordWriter implements Closeable, Flushable {

    private final Writer out;

    CsvRecordWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; a {@code null} cell is written empty, as UCDP writes a missing value. */
    void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            if (cell != null) {
                writeCell(cell);
            }
        }
        out.write("\r\n");
    }

    private void writeCell(String cell) throws IOException {
        if (!needsQuotes(cell)) {
            out.write(cell);
            return;
        }
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
