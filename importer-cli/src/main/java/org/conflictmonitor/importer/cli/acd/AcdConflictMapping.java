package org.conflictmonitor.importer.cli.acd;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictYear;
import org.conflictmonitor.events.api.IntensityLevel;
import org.conflictmonitor.importer.ucdp.AcdConflictYear;

/**
 * A conflict as the UCDP/PRIO Armed Conflict Dataset has it: every row, one per year, in
 * {@code ucdpYears}; at the top the latest year's type, incompatibility, territory and location, the
 * first episode's start and, if the conflict is over, the last episode's end.
 */
public final class AcdConflictMapping {

    private AcdConflictMapping() {
    }

    /**
     * The name UCDP's GED gives the conflict ({@code conflict_name}): its location and territory, or
     * "Government" for a fight over the government, e.g. {@code Azerbaijan: Artsakh (Nagorno-Karabakh)}.
     */
    public static String ucdpName(AcdConflictYear y) {
        return String.join(", ", y.location()) + ": " + (y.territoryName() == null || y.territoryName().isBlank() ? "Government" : y.territoryName());
    }

    /** @param rows the conflict's rows, any order, at least one */
    public static ConflictRequest toRequest(List<AcdConflictYear> rows, String name) {
        List<AcdConflictYear> years = rows.stream().sorted(Comparator.comparingInt(AcdConflictYear::year)).toList();
        AcdConflictYear latest = years.get(years.size() - 1);
        LocalDate start = years.stream().map(AcdConflictYear::startDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new ConflictRequest(name, latest.typeOfConflict().name(), start, latest.endDate(), null, null, null, latest.conflictId(),
                ucdpName(latest), latest.incompatibility().name(), blankToNull(latest.territoryName()), latest.location(),
                years.stream().map(AcdConflictMapping::year).toList(), null);
    }

    static ConflictYear year(AcdConflictYear y) {
        return new ConflictYear(y.year(), y.location(), y.sideA(), y.sideAId(), y.sideA2nd(), y.sideB(), y.sideBId(), y.sideB2nd(),
                y.incompatibility().name(), blankToNull(y.territoryName()), y.intensityLevel().name(),
                (y.cumulativeIntensity() ? IntensityLevel.WAR : IntensityLevel.MINOR).name(), y.typeOfConflict().name(), y.startDate(),
                y.endDate(), y.gwnoA(), y.gwnoA2nd(), y.gwnoB(), y.gwnoB2nd(), y.gwnoLoc(), y.region().stream().map(Enum::name).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
