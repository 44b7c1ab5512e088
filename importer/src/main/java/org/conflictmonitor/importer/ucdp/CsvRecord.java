package org.conflictmonitor.importer.ucdp;

import java.util.List;

/**
 * One record of an RFC 4180 file as text cells.
 *
 * @param number   0 for the header, then 1, 2, … for the data records
 * @param cells    the cells, unquoted
 * @param badCell  index of the first cell whose quoting is broken, or -1
 * @param problem  what is wrong with that cell's quoting, or {@code null}
 */
record CsvRecord(long number, List<String> cells, int badCell, String problem) {

    boolean wellQuoted() {
        return problem == null;
    }
}
