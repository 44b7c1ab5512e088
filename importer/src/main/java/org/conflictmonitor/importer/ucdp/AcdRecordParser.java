package org.conflictmonitor.importer.ucdp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.conflictmonitor.importer.ucdp.AcdConflictYear.Coded;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.Incompatibility;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.IntensityLevel;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.Region;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.TypeOfConflict;

/** Turns one CSV record of the ACD into a conflict-year, or into everything that is wrong with it. */
final class AcdRecordParser {

    /** Index of each column's cell in a record, by {@link AcdColumn#ordinal()}. */
    private final int[] cellOf;

    AcdRecordParser(int[] cellOf) {
        this.cellOf = cellOf.clone();
    }

    ParsedRow<AcdConflictYear> parse(CsvRecord record) {
        long row = record.number();
        CellParser parser = new CellParser(row);
        if (!record.wellQuoted()) {
            parser.fail(columnAt(record.badCell()), record.problem());
        }
        if (record.cells().size() != cellOf.length) {
            parser.fail(null, "expected " + cellOf.length + " cells as the header has, found " + record.cells().size());
        }
        if (parser.hasErrors()) {
            return ParsedRow.failed(row, parser.errors());
        }
        Cells cells = new Cells(record.cells(), parser);

        Integer conflictId = cells.requiredInteger(AcdColumn.CONFLICT_ID);
        Integer year = cells.requiredInteger(AcdColumn.YEAR);
        Incompatibility incompatibility = cells.code(AcdColumn.INCOMPATIBILITY, Incompatibility.values(),
                "1 territory, 2 government or 3 both");
        IntensityLevel intensity = cells.code(AcdColumn.INTENSITY_LEVEL, IntensityLevel.values(),
                "1 (25-999 deaths) or 2 (1,000 or more)");
        Integer cumulative = cells.requiredInteger(AcdColumn.CUMULATIVE_INTENSITY);
        if (cumulative != null && cumulative != 0 && cumulative != 1) {
            parser.fail(AcdColumn.CUMULATIVE_INTENSITY.header(), "unknown code " + cumulative + "; it is 0 or 1");
        }
        TypeOfConflict type = cells.code(AcdColumn.TYPE_OF_CONFLICT, TypeOfConflict.values(),
                "1 extrasystemic, 2 interstate, 3 intrastate or 4 internationalised intrastate");
        LocalDate start = cells.requiredDate(AcdColumn.START_DATE);
        LocalDate end = parser.toDayMonthYearDate(AcdColumn.END_DATE.header(), cells.text(AcdColumn.END_DATE));
        if (start != null && end != null && end.isBefore(start)) {
            parser.fail(AcdColumn.END_DATE.header(), "end_date " + end + " is before start_date " + start);
        }

        List<Integer> sideAId = cells.requiredIntegers(AcdColumn.SIDE_A_ID);
        List<Integer> sideBId = cells.requiredIntegers(AcdColumn.SIDE_B_ID);
        List<Integer> gwnoA = cells.requiredIntegers(AcdColumn.GWNO_A);
        List<Integer> gwnoA2nd = cells.integers(AcdColumn.GWNO_A_2ND);
        List<Integer> gwnoB = cells.integers(AcdColumn.GWNO_B);
        List<Integer> gwnoB2nd = cells.integers(AcdColumn.GWNO_B_2ND);
        List<Integer> gwnoLoc = cells.requiredIntegers(AcdColumn.GWNO_LOC);
        List<String> location = cells.names(AcdColumn.LOCATION, gwnoLoc, AcdColumn.GWNO_LOC);
        List<String> sideA = cells.names(AcdColumn.SIDE_A, sideAId, AcdColumn.SIDE_A_ID);
        List<String> sideA2nd = cells.names(AcdColumn.SIDE_A_2ND, gwnoA2nd, AcdColumn.GWNO_A_2ND);
        List<String> sideB = cells.names(AcdColumn.SIDE_B, sideBId, AcdColumn.SIDE_B_ID);
        List<String> sideB2nd = cells.names(AcdColumn.SIDE_B_2ND, gwnoB2nd, AcdColumn.GWNO_B_2ND);
        cells.sameCount(AcdColumn.GWNO_A, gwnoA, AcdColumn.SIDE_A_ID, sideAId);
        if (gwnoB != null && !gwnoB.isEmpty()) {
            cells.sameCount(AcdColumn.GWNO_B, gwnoB, AcdColumn.SIDE_B_ID, sideBId);
        }
        List<Region> region = cells.regions();
        String territory = cells.text(AcdColumn.TERRITORY_NAME);

        if (parser.hasErrors()) {
            return ParsedRow.failed(row, parser.errors());
        }
        return ParsedRow.of(row, new AcdConflictYear(conflictId, location, sideA, sideAId, sideA2nd, sideB, sideBId,
                sideB2nd, incompatibility, territory.isEmpty() ? null : territory, year, intensity, cumulative == 1,
                type, start, end, gwnoA, gwnoA2nd, gwnoB, gwnoB2nd, gwnoLoc, region));
    }

    private String columnAt(int cell) {
        for (AcdColumn column : AcdColumn.all()) {
            if (cellOf[column.ordinal()] == cell) {
                return column.header();
            }
        }
        return null;
    }

    /** One record's cells, read by column; every problem goes to the parser. */
    private final class Cells {
        private final List<String> cells;
        private final CellParser parser;

        Cells(List<String> cells, CellParser parser) {
            this.cells = cells;
            this.parser = parser;
        }

        String text(AcdColumn column) {
            return cells.get(cellOf[column.ordinal()]);
        }

        private boolean present(AcdColumn column) {
            if (text(column).isEmpty()) {
                parser.fail(column.header(), "missing: every ACD row has a " + column.header());
                return false;
            }
            return true;
        }

        Integer requiredInteger(AcdColumn column) {
            return present(column) ? parser.toInteger(column.header(), text(column)) : null;
        }

        LocalDate requiredDate(AcdColumn column) {
            return present(column) ? parser.toDayMonthYearDate(column.header(), text(column)) : null;
        }

        List<Integer> integers(AcdColumn column) {
            return parser.toIntegers(column.header(), text(column));
        }

        List<Integer> requiredIntegers(AcdColumn column) {
            return present(column) ? integers(column) : null;
        }

        /** The names of a cell, as many as its ids; {@code null} if the ids are unreadable or do not fit. */
        List<String> names(AcdColumn column, List<Integer> ids, AcdColumn idColumn) {
            if (ids == null) {
                return null;
            }
            List<String> names = AcdNames.split(text(column), ids.size());
            if (names == null) {
                parser.fail(column.header(), "cannot be split into the " + ids.size() + " name(s) that "
                        + idColumn.header() + " '" + text(idColumn) + "' has ids for");
            }
            return names;
        }

        void sameCount(AcdColumn column, List<Integer> values, AcdColumn otherColumn, List<Integer> others) {
            if (values != null && others != null && values.size() != others.size()) {
                parser.fail(column.header(), "has " + values.size() + " value(s) but " + otherColumn.header()
                        + " has " + others.size());
            }
        }

        <E extends Enum<E> & Coded> E code(AcdColumn column, E[] known, String meanings) {
            Integer code = requiredInteger(column);
            return code == null ? null : decode(column, code, known, meanings);
        }

        List<Region> regions() {
            List<Integer> codes = requiredIntegers(AcdColumn.REGION);
            if (codes == null) {
                return null;
            }
            List<Region> regions = new ArrayList<>(codes.size());
            for (int code : codes) {
                Region region = decode(AcdColumn.REGION, code, Region.values(),
                        "1 Europe, 2 Middle East, 3 Asia, 4 Africa or 5 Americas");
                if (region == null) {
                    return null;
                }
                regions.add(region);
            }
            return regions;
        }

        private <E extends Enum<E> & Coded> E decode(AcdColumn column, int code, E[] known, String meanings) {
            for (E value : known) {
                if (value.code() == code) {
                    return value;
                }
            }
            parser.fail(column.header(), "unknown code " + code + "; " + column.header() + " is " + meanings);
            return null;
        }
    }
}
