package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("How precise a location is: EXACT (the place itself), NEAR (a few km around), ADMIN2 (district), ADMIN1 (province), COUNTRY.")
public enum LocationPrecision {
    EXACT,
    NEAR,
    ADMIN2,
    ADMIN1,
    COUNTRY
}
