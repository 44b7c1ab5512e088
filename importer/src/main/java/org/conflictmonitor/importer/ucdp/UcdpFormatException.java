package org.conflictmonitor.importer.ucdp;

import java.io.IOException;

/**
 * A file that cannot be read at all: no header, a column the reader does not know, text that is not
 * UTF-8. A merely malformed row is a {@link RowError} instead, so that one bad row does not cost the
 * hundred thousand good ones around it.
 */
public class UcdpFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public UcdpFormatException(String message) {
        super(message);
    }

    public UcdpFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
