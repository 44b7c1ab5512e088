package org.conflictmonitor.importer.cli.ged;

import java.util.EnumMap;
import java.util.Map;

import org.conflictmonitor.events.api.Casualties;
import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.UcdpAttribute;
import org.conflictmonitor.events.api.UcdpCoding;
import org.conflictmonitor.events.api.UcdpViolenceType;
import org.conflictmonitor.importer.ucdp.GedColumn;
import org.conflictmonitor.importer.ucdp.GedWriter;

/**
 * An imported event back as the cells of its GED row: the inverse of {@link GedEventMapping}. The
 * fields give the columns they hold, the coding's attributes all others, as published.
 */
public final class GedExportMapping {

    private GedExportMapping() {
    }

    /** The row's cells; an event without a UCDP coding has none. */
    public static Map<GedColumn, String> cells(EventDto event) {
        UcdpCoding ucdp = event.ucdp();
        Map<GedColumn, String> cells = new EnumMap<>(GedColumn.class);
        if (ucdp == null) {
            return cells;
        }
        cells.put(GedColumn.ID, String.valueOf(ucdp.eventId()));
        cells.put(GedColumn.RELID, ucdp.relid());
        cells.put(GedColumn.TYPE_OF_VIOLENCE, String.valueOf(UcdpViolenceType.valueOf(ucdp.typeOfViolence()).code()));
        cells.put(GedColumn.DATE_PREC, GedWriter.format(ucdp.datePrecision()));
        cells.put(GedColumn.WHERE_PREC, GedWriter.format(ucdp.locationPrecision()));
        cells.put(GedColumn.DATE_START, GedWriter.format(event.dateFrom()));
        cells.put(GedColumn.DATE_END, GedWriter.format(event.dateTo()));
        if (event.location() != null) {
            cells.put(GedColumn.LATITUDE, GedWriter.format(event.location().latitude()));
            cells.put(GedColumn.LONGITUDE, GedWriter.format(event.location().longitude()));
            cells.put(GedColumn.ADM_1, event.location().admin1());
            cells.put(GedColumn.ADM_2, event.location().admin2());
            cells.put(GedColumn.WHERE_COORDINATES, event.location().place());
        }
        if (event.killed() != null) {
            cells.put(GedColumn.BEST, GedWriter.format(event.killed().best()));
            cells.put(GedColumn.LOW, GedWriter.format(event.killed().low()));
            cells.put(GedColumn.HIGH, GedWriter.format(event.killed().high()));
        }
        if (event.casualties() != null) {
            for (Casualties figure : event.casualties()) {
                GedColumn column = GedEventMapping.DEATHS.get(CasualtyGroup.valueOf(figure.group()));
                if (column != null && figure.personnel() == null && figure.killed() != null) {
                    cells.put(column, GedWriter.format(figure.killed().best()));
                }
            }
        }
        if (ucdp.attributes() != null) {
            // The published estimate, where it was kept, wins over the consistent one in killed.
            for (UcdpAttribute attribute : ucdp.attributes()) {
                GedColumn.byHeader(attribute.column()).ifPresent(column -> cells.put(column, attribute.value()));
            }
        }
        return cells;
    }
}
