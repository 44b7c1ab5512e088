package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

/** UCDP's regions of the world, its {@code region} codes 1 to 5. */
@Description("UCDP region: EUROPE (1), MIDDLE_EAST (2), ASIA (3), AFRICA (4), AMERICAS (5).")
public enum UcdpRegion {
    EUROPE,
    MIDDLE_EAST,
    ASIA,
    AFRICA,
    AMERICAS
}
