package org.conflictmonitor.importer.ucdp;

import java.util.List;

/**
 * What {@link GedValues#compare} found.
 *
 * @param columns     the columns compared: those both files have, in the official order
 * @param leftRows    the number of data rows of the left file
 * @param rightRows   the number of data rows of the right file
 * @param differences the cells that differ by value and the rows only one file has, in the left file's order
 *                    followed by the rows only the right file has
 */
public record GedComparison(List<GedColumn> columns, long leftRows, long rightRows,
                            List<GedValueDifference> differences) {

    public GedComparison {
        columns = List.copyOf(columns);
        differences = List.copyOf(differences);
    }

    public boolean sameValues() {
        return differences.isEmpty();
    }
}
