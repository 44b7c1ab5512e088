package org.conflictmonitor.importer.ucdp;

/**
 * One cell whose value differs between two GED files, or one row that only one of them has.
 *
 * @param rowId  the event id of the row
 * @param column the column that differs; {@link GedColumn#ID} when the row is missing from one side
 * @param left   the cell's text in the left file, {@code null} if the left file has no such row
 * @param right  the cell's text in the right file, {@code null} if the right file has no such row
 */
public record GedValueDifference(String rowId, GedColumn column, String left, String right) {
}
