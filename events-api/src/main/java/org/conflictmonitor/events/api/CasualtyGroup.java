package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * Whose losses a figure counts: UCDP's categories ({@code deaths_a}, {@code deaths_b},
 * {@code deaths_civilians}, {@code deaths_unknown}), plus everyone together for a source that gives
 * only a total. Figures are compared only within one group, so a total is never set against one
 * side's count.
 */
@Description("Whose losses a figure counts: ALL (everyone together, e.g. UCDP's best estimate), SIDE_A, SIDE_B (each side's own), CIVILIANS, UNKNOWN (losses of no known side); UCDP's deaths_a, deaths_b, deaths_civilians, deaths_unknown.")
public enum CasualtyGroup {
    ALL,
    SIDE_A,
    SIDE_B,
    CIVILIANS,
    UNKNOWN
}
