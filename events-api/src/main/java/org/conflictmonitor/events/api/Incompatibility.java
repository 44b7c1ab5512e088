package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

/** What the parties of a state-based conflict fight over: UCDP's {@code incompatibility} codes 1 to 3. */
@Description("What the parties fight over, UCDP's incompatibility: TERRITORY (1), GOVERNMENT (2), TERRITORY_AND_GOVERNMENT (3).")
public enum Incompatibility {
    /** 1: the status of a territory (secession, autonomy, or which state it belongs to). */
    TERRITORY,
    /** 2: the type of political system, or who governs. */
    GOVERNMENT,
    /** 3: both. */
    TERRITORY_AND_GOVERNMENT
}
