package org.conflictmonitor.importer.ucdp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One event of the UCDP Georeferenced Event Dataset, one field per GED column named as UCDP names it
 * (in camelCase). Every field is nullable: UCDP leaves cells empty (e.g. {@code gwnob}, {@code adm_2}),
 * and extracts of GED lack whole columns.
 *
 * <p>Those two kinds of {@code null} mean different things to whoever stores the event: an empty cell says
 * "UCDP has no value", a missing column says nothing at all, and a stored value must then be left alone.
 * {@link #columns()} tells them apart: {@link #has(GedColumn)} is false for a column the file lacked.
 *
 * <p>Dates are days; UCDP's {@code 00:00:00} carries no information and is not kept.
 *
 * @param columns   the columns the event's file had; a field of any other column is {@code null}
 * @param anomalies values UCDP published that look inconsistent but are UCDP's own (see {@link GedAnomaly});
 *                  empty for most events
 */
public record GedEvent(
        Long id,
        String relid,
        Integer year,
        Integer activeYear,
        String codeStatus,
        Integer typeOfViolence,
        Integer conflictDsetId,
        Integer conflictNewId,
        String conflictName,
        Integer dyadDsetId,
        Integer dyadNewId,
        String dyadName,
        Integer sideADsetId,
        Integer sideANewId,
        String sideA,
        Integer sideBDsetId,
        Integer sideBNewId,
        String sideB,
        Integer numberOfSources,
        String sourceArticle,
        String sourceOffice,
        String sourceDate,
        String sourceHeadline,
        String sourceOriginal,
        Integer wherePrec,
        String whereCoordinates,
        String whereDescription,
        String adm1,
        String adm2,
        Double latitude,
        Double longitude,
        String geomWkt,
        Integer priogridGid,
        String country,
        Integer countryId,
        String region,
        Integer eventClarity,
        Integer datePrec,
        LocalDate dateStart,
        LocalDate dateEnd,
        Integer deathsA,
        Integer deathsB,
        Integer deathsCivilians,
        Integer deathsUnknown,
        Integer best,
        Integer high,
        Integer low,
        Integer gwnoa,
        Integer gwnob,
        Set<GedColumn> columns,
        List<GedAnomaly> anomalies) {

    private static final List<GedColumn> ALL_COLUMNS = GedColumn.all();

    public GedEvent {
        // Set.copyOf and List.copyOf return an already immutable argument as it is: no copy per event.
        columns = Set.copyOf(columns);
        anomalies = List.copyOf(anomalies);
        if (!columns.contains(GedColumn.ID)) {
            throw new IllegalArgumentException("a GED event comes from a file with an id column");
        }
        // The parameters in column order; the fields are not assigned yet in a compact constructor.
        Object[] values = {
                id, relid, year, activeYear, codeStatus, typeOfViolence, conflictDsetId, conflictNewId,
                conflictName, dyadDsetId, dyadNewId, dyadName, sideADsetId, sideANewId, sideA, sideBDsetId,
                sideBNewId, sideB, numberOfSources, sourceArticle, sourceOffice, sourceDate, sourceHeadline,
                sourceOriginal, wherePrec, whereCoordinates, whereDescription, adm1, adm2, latitude, longitude,
                geomWkt, priogridGid, country, countryId, region, eventClarity, datePrec, dateStart, dateEnd,
                deathsA, deathsB, deathsCivilians, deathsUnknown, best, high, low, gwnoa, gwnob};
        for (GedColumn column : ALL_COLUMNS) {
            if (values[column.ordinal()] != null && !columns.contains(column)) {
                throw new IllegalArgumentException("event " + id + " has a value for " + column.header()
                        + " although its file had no such column");
            }
        }
    }

    /** Whether the event's file had the column, i.e. whether a {@code null} there is UCDP's empty cell. */
    public boolean has(GedColumn column) {
        return columns.contains(column);
    }

    /** The value of one column: a {@link Long}, {@link Integer}, {@link Double}, {@link LocalDate} or {@link String}. */
    public Object value(GedColumn column) {
        return switch (column) {
            case ID -> id;
            case RELID -> relid;
            case YEAR -> year;
            case ACTIVE_YEAR -> activeYear;
            case CODE_STATUS -> codeStatus;
            case TYPE_OF_VIOLENCE -> typeOfViolence;
            case CONFLICT_DSET_ID -> conflictDsetId;
            case CONFLICT_NEW_ID -> conflictNewId;
            case CONFLICT_NAME -> conflictName;
            case DYAD_DSET_ID -> dyadDsetId;
            case DYAD_NEW_ID -> dyadNewId;
            case DYAD_NAME -> dyadName;
            case SIDE_A_DSET_ID -> sideADsetId;
            case SIDE_A_NEW_ID -> sideANewId;
            case SIDE_A -> sideA;
            case SIDE_B_DSET_ID -> sideBDsetId;
            case SIDE_B_NEW_ID -> sideBNewId;
            case SIDE_B -> sideB;
            case NUMBER_OF_SOURCES -> numberOfSources;
            case SOURCE_ARTICLE -> sourceArticle;
            case SOURCE_OFFICE -> sourceOffice;
            case SOURCE_DATE -> sourceDate;
            case SOURCE_HEADLINE -> sourceHeadline;
            case SOURCE_ORIGINAL -> sourceOriginal;
            case WHERE_PREC -> wherePrec;
            case WHERE_COORDINATES -> whereCoordinates;
            case WHERE_DESCRIPTION -> whereDescription;
            case ADM_1 -> adm1;
            case ADM_2 -> adm2;
            case LATITUDE -> latitude;
            case LONGITUDE -> longitude;
            case GEOM_WKT -> geomWkt;
            case PRIOGRID_GID -> priogridGid;
            case COUNTRY -> country;
            case COUNTRY_ID -> countryId;
            case REGION -> region;
            case EVENT_CLARITY -> eventClarity;
            case DATE_PREC -> datePrec;
            case DATE_START -> dateStart;
            case DATE_END -> dateEnd;
            case DEATHS_A -> deathsA;
            case DEATHS_B -> deathsB;
            case DEATHS_CIVILIANS -> deathsCivilians;
            case DEATHS_UNKNOWN -> deathsUnknown;
            case BEST -> best;
            case HIGH -> high;
            case LOW -> low;
            case GWNOA -> gwnoa;
            case GWNOB -> gwnob;
        };
    }

    /** Builds an event from values indexed by {@link GedColumn#ordinal()}, each of its column's type. */
    static GedEvent fromValues(Object[] values, Set<GedColumn> columns, List<GedAnomaly> anomalies) {
        return new GedEvent(
                (Long) values[GedColumn.ID.ordinal()],
                (String) values[GedColumn.RELID.ordinal()],
                (Integer) values[GedColumn.YEAR.ordinal()],
                (Integer) values[GedColumn.ACTIVE_YEAR.ordinal()],
                (String) values[GedColumn.CODE_STATUS.ordinal()],
                (Integer) values[GedColumn.TYPE_OF_VIOLENCE.ordinal()],
                (Integer) values[GedColumn.CONFLICT_DSET_ID.ordinal()],
                (Integer) values[GedColumn.CONFLICT_NEW_ID.ordinal()],
                (String) values[GedColumn.CONFLICT_NAME.ordinal()],
                (Integer) values[GedColumn.DYAD_DSET_ID.ordinal()],
                (Integer) values[GedColumn.DYAD_NEW_ID.ordinal()],
                (String) values[GedColumn.DYAD_NAME.ordinal()],
                (Integer) values[GedColumn.SIDE_A_DSET_ID.ordinal()],
                (Integer) values[GedColumn.SIDE_A_NEW_ID.ordinal()],
                (String) values[GedColumn.SIDE_A.ordinal()],
                (Integer) values[GedColumn.SIDE_B_DSET_ID.ordinal()],
                (Integer) values[GedColumn.SIDE_B_NEW_ID.ordinal()],
                (String) values[GedColumn.SIDE_B.ordinal()],
                (Integer) values[GedColumn.NUMBER_OF_SOURCES.ordinal()],
                (String) values[GedColumn.SOURCE_ARTICLE.ordinal()],
                (String) values[GedColumn.SOURCE_OFFICE.ordinal()],
                (String) values[GedColumn.SOURCE_DATE.ordinal()],
                (String) values[GedColumn.SOURCE_HEADLINE.ordinal()],
                (String) values[GedColumn.SOURCE_ORIGINAL.ordinal()],
                (Integer) values[GedColumn.WHERE_PREC.ordinal()],
                (String) values[GedColumn.WHERE_COORDINATES.ordinal()],
                (String) values[GedColumn.WHERE_DESCRIPTION.ordinal()],
                (String) values[GedColumn.ADM_1.ordinal()],
                (String) values[GedColumn.ADM_2.ordinal()],
                (Double) values[GedColumn.LATITUDE.ordinal()],
                (Double) values[GedColumn.LONGITUDE.ordinal()],
                (String) values[GedColumn.GEOM_WKT.ordinal()],
                (Integer) values[GedColumn.PRIOGRID_GID.ordinal()],
                (String) values[GedColumn.COUNTRY.ordinal()],
                (Integer) values[GedColumn.COUNTRY_ID.ordinal()],
                (String) values[GedColumn.REGION.ordinal()],
                (Integer) values[GedColumn.EVENT_CLARITY.ordinal()],
                (Integer) values[GedColumn.DATE_PREC.ordinal()],
                (LocalDate) values[GedColumn.DATE_START.ordinal()],
                (LocalDate) values[GedColumn.DATE_END.ordinal()],
                (Integer) values[GedColumn.DEATHS_A.ordinal()],
                (Integer) values[GedColumn.DEATHS_B.ordinal()],
                (Integer) values[GedColumn.DEATHS_CIVILIANS.ordinal()],
                (Integer) values[GedColumn.DEATHS_UNKNOWN.ordinal()],
                (Integer) values[GedColumn.BEST.ordinal()],
                (Integer) values[GedColumn.HIGH.ordinal()],
                (Integer) values[GedColumn.LOW.ordinal()],
                (Integer) values[GedColumn.GWNOA.ordinal()],
                (Integer) values[GedColumn.GWNOB.ordinal()],
                columns,
                anomalies);
    }
}
