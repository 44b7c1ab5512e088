package org.conflictmonitor.importer.ucdp;

import java.util.List;
import java.util.Optional;

/** The columns of the UCDP/PRIO Armed Conflict Dataset as the 24.1 CSV has them, in its order. */
public enum AcdColumn {
    CONFLICT_ID("conflict_id"),
    LOCATION("location"),
    SIDE_A("side_a"),
    SIDE_A_ID("side_a_id"),
    SIDE_A_2ND("side_a_2nd"),
    SIDE_B("side_b"),
    SIDE_B_ID("side_b_id"),
    SIDE_B_2ND("side_b_2nd"),
    INCOMPATIBILITY("incompatibility"),
    TERRITORY_NAME("territory_name"),
    YEAR("year"),
    INTENSITY_LEVEL("intensity_level"),
    CUMULATIVE_INTENSITY("cumulative_intensity"),
    TYPE_OF_CONFLICT("type_of_conflict"),
    START_DATE("start_date"),
    END_DATE("end_date"),
    GWNO_A("gwno_a"),
    GWNO_A_2ND("gwno_a_2nd"),
    GWNO_B("gwno_b"),
    GWNO_B_2ND("gwno_b_2nd"),
    GWNO_LOC("gwno_loc"),
    REGION("region");

    private static final List<AcdColumn> ALL = List.of(values());

    private final String header;

    AcdColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static List<AcdColumn> all() {
        return ALL;
    }

    public static Optional<AcdColumn> byHeader(String header) {
        return ALL.stream().filter(column -> column.header.equals(header)).findFirst();
    }
}
