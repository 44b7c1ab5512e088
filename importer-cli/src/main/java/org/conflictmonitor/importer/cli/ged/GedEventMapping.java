package org.conflictmonitor.importer.cli.ged;

import static org.conflictmonitor.importer.ucdp.GedColumn.ADM_1;
import static org.conflictmonitor.importer.ucdp.GedColumn.ADM_2;
import static org.conflictmonitor.importer.ucdp.GedColumn.BEST;
import static org.conflictmonitor.importer.ucdp.GedColumn.DATE_END;
import static org.conflictmonitor.importer.ucdp.GedColumn.DATE_PREC;
import static org.conflictmonitor.importer.ucdp.GedColumn.DATE_START;
import static org.conflictmonitor.importer.ucdp.GedColumn.DEATHS_A;
import static org.conflictmonitor.importer.ucdp.GedColumn.DEATHS_B;
import static org.conflictmonitor.importer.ucdp.GedColumn.DEATHS_CIVILIANS;
import static org.conflictmonitor.importer.ucdp.GedColumn.DEATHS_UNKNOWN;
import static org.conflictmonitor.importer.ucdp.GedColumn.HIGH;
import static org.conflictmonitor.importer.ucdp.GedColumn.ID;
import static org.conflictmonitor.importer.ucdp.GedColumn.LATITUDE;
import static org.conflictmonitor.importer.ucdp.GedColumn.LONGITUDE;
import static org.conflictmonitor.importer.ucdp.GedColumn.LOW;
import static org.conflictmonitor.importer.ucdp.GedColumn.RELID;
import static org.conflictmonitor.importer.ucdp.GedColumn.TYPE_OF_VIOLENCE;
import static org.conflictmonitor.importer.ucdp.GedColumn.WHERE_COORDINATES;
import static org.conflictmonitor.importer.ucdp.GedColumn.WHERE_PREC;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmonitor.events.api.ActorRole;
import org.conflictmonitor.events.api.Casualties;
import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.Estimate;
import org.conflictmonitor.events.api.EventActor;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.ImportedClaim;
import org.conflictmonitor.events.api.ImportedEvent;
import org.conflictmonitor.events.api.Location;
import org.conflictmonitor.events.api.LocationPrecision;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.api.UcdpAnomaly;
import org.conflictmonitor.events.api.UcdpAttribute;
import org.conflictmonitor.events.api.UcdpCoding;
import org.conflictmonitor.events.api.UcdpViolenceType;
import org.conflictmonitor.importer.ucdp.GedAnomaly;
import org.conflictmonitor.importer.ucdp.GedColumn;
import org.conflictmonitor.importer.ucdp.GedEvent;
import org.conflictmonitor.importer.ucdp.GedWriter;
import org.conflictmonitor.importer.ucdp.RowError;
import org.conflictmonitor.importer.ucdp.UcdpCountries;

/**
 * A GED event as the events service imports it. Every column the file has ends up somewhere: in a
 * field of the event where one means the same (dates, place, coordinates, estimates, deaths per side),
 * in its UCDP coding (ids, type of violence, precision codes), and otherwise among the coding's
 * attributes as published, so that {@link GedExportMapping} gives the row back. The sides and the
 * conflict are also kept as published: the actors and the conflict the event links to are what the
 * platform makes of them, and curators may rename or merge those.
 */
public final class GedEventMapping {

    /** The columns that have a field of their own; every other column of the file is kept as an attribute. */
    static final Set<GedColumn> IN_FIELDS = EnumSet.of(ID, RELID, TYPE_OF_VIOLENCE, DATE_PREC, WHERE_PREC, DATE_START, DATE_END,
            LATITUDE, LONGITUDE, ADM_1, ADM_2, WHERE_COORDINATES, DEATHS_A, DEATHS_B, DEATHS_CIVILIANS, DEATHS_UNKNOWN);
    /** The estimate of killed: in {@code killed}, or kept as published where the values are out of order. */
    static final Set<GedColumn> ESTIMATE = EnumSet.of(BEST, LOW, HIGH);
    static final Map<CasualtyGroup, GedColumn> DEATHS = Map.of(CasualtyGroup.SIDE_A, DEATHS_A, CasualtyGroup.SIDE_B, DEATHS_B,
            CasualtyGroup.CIVILIANS, DEATHS_CIVILIANS, CasualtyGroup.UNKNOWN, DEATHS_UNKNOWN);
    /** The columns an event's location is made of. */
    static final Set<GedColumn> LOCATION = EnumSet.of(GedColumn.COUNTRY, LATITUDE, LONGITUDE, ADM_1, ADM_2, WHERE_COORDINATES, WHERE_PREC);
    /** The columns its title is made of. */
    static final Set<GedColumn> TITLE = EnumSet.of(GedColumn.SIDE_A, GedColumn.SIDE_B, WHERE_COORDINATES, ADM_1, GedColumn.COUNTRY);
    public static final String CODING_CLAIM = "ucdp-coding";
    public static final String REPORT_CLAIM = "ucdp-source-";
    private static final List<String> ESTIMATE_ANOMALIES = List.of(GedAnomaly.LOW_ABOVE_BEST.name(), GedAnomaly.HIGH_BELOW_BEST.name());

    private final String version;

    /** @param version the GED version the file is, e.g. {@code 23.1} */
    public GedEventMapping(String version) {
        this.version = version;
    }

    /** What keeps a parsed row from being an event: the errors a file row can have beyond its cells' syntax. */
    public static List<RowError> problems(long row, GedEvent e) {
        List<RowError> errors = new ArrayList<>();
        if (e.country() == null) {
            errors.add(new RowError(row, "country", "is empty: an event needs its country"));
        } else if (UcdpCountries.iso3(e.country()).isEmpty()) {
            errors.add(new RowError(row, "country", "is not a country UCDP names: " + e.country()));
        }
        if (e.dateStart() == null) {
            errors.add(new RowError(row, "date_start", "is empty: an event needs its first day"));
        } else if (e.dateEnd() != null && e.dateEnd().isBefore(e.dateStart())) {
            errors.add(new RowError(row, "date_end", "is before date_start"));
        }
        if (e.typeOfViolence() == null) {
            errors.add(new RowError(row, "type_of_violence", "is empty: an event needs UCDP's type of violence"));
        }
        return errors;
    }

    /** Whether UCDP's estimate of killed is out of order, and kept as published beside a consistent {@code killed}. */
    public static boolean flagged(GedEvent e) {
        return e.anomalies().stream().anyMatch(a -> ESTIMATE_ANOMALIES.contains(a.name()));
    }

    public ImportedEvent toImport(GedEvent e, EventRefs refs) {
        UcdpViolenceType violence = UcdpViolenceType.values()[e.typeOfViolence() - 1];
        EventRequest event = new EventRequest(refs.conflictId(), e.dateStart(), e.dateEnd(), datePrecision(e.datePrec()),
                DisorderType.POLITICAL_VIOLENCE.name(),
                violence == UcdpViolenceType.ONE_SIDED ? EventType.VIOLENCE_AGAINST_CIVILIANS.name() : null, null,
                title(e), null, location(e), actors(refs), killed(e), null, casualties(e),
                violence == UcdpViolenceType.ONE_SIDED, null, null, coding(e, violence), EventStatus.PUBLISHED.name(), null);
        return new ImportedEvent(event, fields(e, refs), claims(e, refs));
    }

    /**
     * The fields the row states. A field is stated only when the file has every column it is made of,
     * since the import replaces a stated field whole: a file without {@code adm_1} (the 176k extract)
     * must not erase the province a fuller file gave an event, nor a file with fewer columns the coding's
     * attributes. A new event takes everything the row has either way.
     */
    static List<String> fields(GedEvent e, EventRefs refs) {
        Set<String> fields = new LinkedHashSet<>(List.of("dateFrom", "disorderType", "eventType", "subEventType", "civilianTargeting", "status"));
        if (e.has(DATE_END)) {
            fields.add("dateTo");
        }
        if (LOCATION.stream().allMatch(e::has)) {
            fields.add("location");
        }
        if (TITLE.stream().allMatch(e::has)) {
            fields.add("title");
        }
        if (e.has(GedColumn.SIDE_A) && e.has(GedColumn.SIDE_B)) {
            fields.add("actors");
        }
        if (e.columns().containsAll(GedColumn.all())) {
            fields.add("ucdp");
        }
        if (refs.conflictId() != null) {
            fields.add("conflictId");
        }
        if (e.has(DATE_PREC)) {
            fields.add("datePrecision");
        }
        if (e.has(BEST) && e.has(LOW) && e.has(HIGH)) {
            fields.add("killed");
        }
        if (DEATHS.values().stream().allMatch(e::has)) {
            fields.add("casualties");
        }
        return List.copyOf(fields);
    }

    private static String title(GedEvent e) {
        String sides = e.sideA() == null ? "UCDP event " + e.id() : e.sideB() == null ? e.sideA() : e.sideA() + " – " + e.sideB();
        String where = firstOf(e.whereCoordinates(), e.adm1(), e.country());
        String title = where == null ? sides : sides + ", " + where;
        return title.length() <= 500 ? title : title.substring(0, 499) + "…";
    }

    private static Location location(GedEvent e) {
        return new Location(UcdpCountries.iso3(e.country()).orElseThrow(), e.adm1(), e.adm2(), e.whereCoordinates(), e.latitude(),
                e.longitude(), locationPrecision(e.wherePrec()));
    }

    private static List<EventActor> actors(EventRefs refs) {
        List<EventActor> actors = new ArrayList<>(2);
        if (refs.sideA() != null) {
            actors.add(new EventActor(refs.sideA(), Side.A.name(), ActorRole.PRIMARY.name()));
        }
        if (refs.sideB() != null && !refs.sideB().equals(refs.sideA())) {
            actors.add(new EventActor(refs.sideB(), Side.B.name(), ActorRole.PRIMARY.name()));
        }
        return actors;
    }

    /** UCDP's estimate, without the bound that breaks low ≤ best ≤ high (the published values stay in the coding). */
    static Estimate killed(GedEvent e) {
        Integer best = e.best();
        Integer low = e.low() != null && best != null && e.low() > best ? null : e.low();
        Integer high = e.high() != null && best != null && e.high() < best ? null : e.high();
        if (low != null && high != null && low > high) {
            high = null;
        }
        return new Estimate(low, best, high);
    }

    private static List<Casualties> casualties(GedEvent e) {
        List<Casualties> figures = new ArrayList<>(4);
        for (CasualtyGroup group : List.of(CasualtyGroup.SIDE_A, CasualtyGroup.SIDE_B, CasualtyGroup.CIVILIANS, CasualtyGroup.UNKNOWN)) {
            Integer deaths = (Integer) e.value(DEATHS.get(group));
            if (deaths != null) {
                figures.add(new Casualties(group.name(), null, new Estimate(null, deaths, null), null, null));
            }
        }
        return figures;
    }

    private UcdpCoding coding(GedEvent e, UcdpViolenceType violence) {
        List<String> anomalies = e.anomalies().stream().map(a -> UcdpAnomaly.valueOf(a.name()).name()).toList();
        List<UcdpAttribute> attributes = new ArrayList<>();
        boolean keepEstimate = flagged(e);
        for (GedColumn column : GedColumn.all()) {
            if (e.has(column) && !IN_FIELDS.contains(column) && (keepEstimate || !ESTIMATE.contains(column))) {
                String cell = GedWriter.cell(e, column);
                attributes.add(new UcdpAttribute(column.header(), cell == null ? "" : cell));
            }
        }
        return new UcdpCoding(e.id(), e.relid(), violence.name(), e.datePrec(), e.wherePrec(), version, anomalies, attributes);
    }

    private List<ImportedClaim> claims(GedEvent e, EventRefs refs) {
        List<ImportedClaim> claims = new ArrayList<>();
        if (refs.codingArticle() != null) {
            List<Casualties> figures = new ArrayList<>();
            Estimate killed = killed(e);
            if (killed.best() != null || killed.low() != null || killed.high() != null) {
                figures.add(new Casualties(CasualtyGroup.ALL.name(), null, killed, null, null));
            }
            figures.addAll(casualties(e));
            claims.add(new ImportedClaim(CODING_CLAIM, new ClaimRequest(refs.codingArticle(), null, codingSummary(e), null, null,
                    figures, null, null, null)));
        }
        List<SourceReport> reports = SourceReport.of(e);
        for (int i = 0; i < reports.size() && i < refs.reportArticles().size(); i++) {
            SourceReport report = reports.get(i);
            String summary = "Reported by " + report.outlet() + (report.headline() == null ? "" : ": \"" + report.headline() + "\"");
            claims.add(new ImportedClaim(REPORT_CLAIM + (i + 1), new ClaimRequest(refs.reportArticles().get(i), null,
                    summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…", null, null, null, null, null, null)));
        }
        return claims;
    }

    private String codingSummary(GedEvent e) {
        StringBuilder text = new StringBuilder("UCDP GED ").append(version).append(" codes this event");
        if (e.best() != null) {
            text.append(" with ").append(e.best()).append(" killed (best estimate");
            if (e.low() != null || e.high() != null) {
                text.append("; low ").append(e.low() == null ? "not given" : e.low()).append(", high ").append(e.high() == null ? "not given" : e.high());
            }
            text.append(')');
        }
        return text.append('.').toString();
    }

    /** UCDP's date_prec: 1 the day, 2 a span of 2–6 days, 3 a week, 4 a month, 5 more than a month within a year. */
    static String datePrecision(Integer datePrec) {
        if (datePrec == null) {
            return null;
        }
        return switch (datePrec) {
            case 1, 2 -> DatePrecision.DAY.name();
            case 3 -> DatePrecision.WEEK.name();
            case 4 -> DatePrecision.MONTH.name();
            default -> DatePrecision.YEAR.name();
        };
    }

    /** UCDP's where_prec: 1 the place, 2 within 25 km, 3 the district, 4 the province, 5 a larger part, 6 the country, 7 waters or airspace. */
    static String locationPrecision(Integer wherePrec) {
        if (wherePrec == null) {
            return null;
        }
        return switch (wherePrec) {
            case 1 -> LocationPrecision.EXACT.name();
            case 2 -> LocationPrecision.NEAR.name();
            case 3 -> LocationPrecision.ADMIN2.name();
            case 4 -> LocationPrecision.ADMIN1.name();
            case 5, 6 -> LocationPrecision.COUNTRY.name();
            default -> null;
        };
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
