package org.conflictmonitor.importer.ucdp;

import java.util.ArrayList;
import java.util.List;

/**
 * A combination of values that looks inconsistent but is what UCDP published. Such events are kept as
 * published and flagged, never rejected or corrected: UCDP's estimates are the record, and a reader that
 * "fixed" them would put numbers in UCDP's name that UCDP never gave.
 */
public enum GedAnomaly {
    /** The low estimate of fatalities is above the best estimate. */
    LOW_ABOVE_BEST,
    /** The high estimate of fatalities is below the best estimate. */
    HIGH_BELOW_BEST,
    /** deaths_a + deaths_b + deaths_civilians + deaths_unknown differs from the best estimate. */
    DEATHS_DO_NOT_ADD_UP_TO_BEST;

    /** The anomalies among the values a row has; a comparison with a missing value finds nothing. */
    static List<GedAnomaly> find(Integer best, Integer low, Integer high,
                                 Integer deathsA, Integer deathsB, Integer deathsCivilians, Integer deathsUnknown) {
        if (best == null) {
            return List.of();
        }
        List<GedAnomaly> found = new ArrayList<>(1);
        if (low != null && low > best) {
            found.add(LOW_ABOVE_BEST);
        }
        if (high != null && high < best) {
            found.add(HIGH_BELOW_BEST);
        }
        if (deathsA != null && deathsB != null && deathsCivilians != null && deathsUnknown != null
                && (long) deathsA + deathsB + deathsCivilians + deathsUnknown != best) {
            found.add(DEATHS_DO_NOT_ADD_UP_TO_BEST);
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }
}
