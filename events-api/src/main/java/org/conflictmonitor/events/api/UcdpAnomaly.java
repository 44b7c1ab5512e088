package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("A combination of values UCDP published that looks inconsistent, kept as published and flagged: LOW_ABOVE_BEST, HIGH_BELOW_BEST, DEATHS_DO_NOT_ADD_UP_TO_BEST (deaths per side, civilians and unknown do not sum to best).")
public enum UcdpAnomaly {
    LOW_ABOVE_BEST,
    HIGH_BELOW_BEST,
    DEATHS_DO_NOT_ADD_UP_TO_BEST
}
