package org.conflictmonitor.importer.ucdp;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/** How many records a UCDP file holds, counted without parsing them, so that progress can say how much is left. */
public final class RecordCount {

    private RecordCount() {
    }

    /**
     * The records after the header: line ends outside quotes, as RFC 4180 reads them (a quoted cell may
     * span lines), plain or gzip'd; a last record without a line end counts too.
     */
    public static long of(Path file) throws IOException {
        long lineEnds = 0;
        boolean quoted = false;
        boolean pending = false;
        char[] buffer = new char[1 << 16];
        try (Reader in = UcdpInput.open(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '"') {
                        quoted = !quoted;
                        pending = true;
                    } else if (c == '\n' && !quoted) {
                        lineEnds++;
                        pending = false;
                    } else if (c != '\r') {
                        pending = true;
                    }
                }
            }
        }
        long lines = lineEnds + (pending ? 1 : 0);
        return Math.max(0, lines - 1);
    }
}
