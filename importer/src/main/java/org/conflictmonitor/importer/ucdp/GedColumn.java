package org.conflictmonitor.importer.ucdp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the UCDP Georeferenced Event Dataset, declared in the order of UCDP's official
 * 49-column CSV layout (GED 23.1), with the type each column's values have.
 */
public enum GedColumn {
    ID("id", Type.LONG),
    RELID("relid", Type.TEXT),
    YEAR("year", Type.INTEGER),
    ACTIVE_YEAR("active_year", Type.INTEGER, Set.of(0, 1), "0 or 1"),
    CODE_STATUS("code_status", Type.TEXT),
    TYPE_OF_VIOLENCE("type_of_violence", Type.INTEGER, Set.of(1, 2, 3), "1 state-based, 2 non-state or 3 one-sided"),
    CONFLICT_DSET_ID("conflict_dset_id", Type.INTEGER),
    CONFLICT_NEW_ID("conflict_new_id", Type.INTEGER),
    CONFLICT_NAME("conflict_name", Type.TEXT),
    DYAD_DSET_ID("dyad_dset_id", Type.INTEGER),
    DYAD_NEW_ID("dyad_new_id", Type.INTEGER),
    DYAD_NAME("dyad_name", Type.TEXT),
    SIDE_A_DSET_ID("side_a_dset_id", Type.INTEGER),
    SIDE_A_NEW_ID("side_a_new_id", Type.INTEGER),
    SIDE_A("side_a", Type.TEXT),
    SIDE_B_DSET_ID("side_b_dset_id", Type.INTEGER),
    SIDE_B_NEW_ID("side_b_new_id", Type.INTEGER),
    SIDE_B("side_b", Type.TEXT),
    NUMBER_OF_SOURCES("number_of_sources", Type.INTEGER),
    SOURCE_ARTICLE("source_article", Type.TEXT),
    SOURCE_OFFICE("source_office", Type.TEXT),
    SOURCE_DATE("source_date", Type.TEXT),
    SOURCE_HEADLINE("source_headline", Type.TEXT),
    SOURCE_ORIGINAL("source_original", Type.TEXT),
    WHERE_PREC("where_prec", Type.INTEGER, Set.of(1, 2, 3, 4, 5, 6, 7), "1 (exact place) to 7 (international waters)"),
    WHERE_COORDINATES("where_coordinates", Type.TEXT),
    WHERE_DESCRIPTION("where_description", Type.TEXT),
    ADM_1("adm_1", Type.TEXT),
    ADM_2("adm_2", Type.TEXT),
    LATITUDE("latitude", Type.DECIMAL),
    LONGITUDE("longitude", Type.DECIMAL),
    GEOM_WKT("geom_wkt", Type.TEXT),
    PRIOGRID_GID("priogrid_gid", Type.INTEGER),
    COUNTRY("country", Type.TEXT),
    COUNTRY_ID("country_id", Type.INTEGER),
    REGION("region", Type.TEXT),
    EVENT_CLARITY("event_clarity", Type.INTEGER, Set.of(1, 2), "1 (clear) or 2 (lower clarity)"),
    DATE_PREC("date_prec", Type.INTEGER, Set.of(1, 2, 3, 4, 5), "1 (exact day) to 5 (more than a month)"),
    DATE_START("date_start", Type.DATE),
    DATE_END("date_end", Type.DATE),
    DEATHS_A("deaths_a", Type.INTEGER),
    DEATHS_B("deaths_b", Type.INTEGER),
    DEATHS_CIVILIANS("deaths_civilians", Type.INTEGER),
    DEATHS_UNKNOWN("deaths_unknown", Type.INTEGER),
    BEST("best", Type.INTEGER),
    HIGH("high", Type.INTEGER),
    LOW("low", Type.INTEGER),
    GWNOA("gwnoa", Type.INTEGER),
    GWNOB("gwnob", Type.INTEGER);

    /** How a column's cells are read, written and compared. */
    public enum Type {
        /** Whole number that may exceed an int: the event id. */
        LONG,
        INTEGER,
        /** Decimal number: the coordinates. */
        DECIMAL,
        /** A day; written with a midnight time in the official layout. */
        DATE,
        TEXT
    }

    private static final List<GedColumn> ALL = List.of(values());
    private static final Map<String, GedColumn> BY_HEADER = new HashMap<>();

    static {
        for (GedColumn column : ALL) {
            BY_HEADER.put(column.header, column);
        }
    }

    private final String header;
    private final Type type;
    private final Set<Integer> codes;
    private final String codeMeanings;

    GedColumn(String header, Type type) {
        this(header, type, null, null);
    }

    GedColumn(String header, Type type, Set<Integer> codes, String codeMeanings) {
        this.header = header;
        this.type = type;
        this.codes = codes;
        this.codeMeanings = codeMeanings;
    }

    /** The column's name in a UCDP header, e.g. {@code type_of_violence}. */
    public String header() {
        return header;
    }

    public Type type() {
        return type;
    }

    /** The values UCDP's codebook defines for a coded column, or {@code null} if the column is not coded. */
    public Set<Integer> codes() {
        return codes;
    }

    String codeMeanings() {
        return codeMeanings;
    }

    /** All 49 columns in the order of the official layout. */
    public static List<GedColumn> all() {
        return ALL;
    }

    public static Optional<GedColumn> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }
}
