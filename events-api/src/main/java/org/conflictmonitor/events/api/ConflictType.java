package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * UCDP's types of conflict. The first four are the UCDP/PRIO Armed Conflict Dataset's
 * {@code type_of_conflict} codes 1 to 4; NON_STATE and ONE_SIDED are UCDP's other two kinds of
 * organised violence, which that dataset does not hold; STATE_BASED is a conflict known from GED events
 * only, until the ACD says which of its four types it is.
 */
@Description("UCDP conflict type: EXTRASYSTEMIC (UCDP/PRIO ACD type_of_conflict 1), INTERSTATE (2), INTRASTATE (3), INTERNATIONALISED_INTRASTATE (4), STATE_BASED (known from GED events only, not yet typed by ACD), NON_STATE, ONE_SIDED.")
public enum ConflictType {
    /** ACD 1: between a state and a non-state group outside its own territory (colonial wars). */
    EXTRASYSTEMIC,
    /** ACD 2: between two or more states. */
    INTERSTATE,
    /** ACD 3: between a government and non-state groups, without other states' troops. */
    INTRASTATE,
    /** ACD 4: intrastate, with other states' troops on one side or both. */
    INTERNATIONALISED_INTRASTATE,
    /** UCDP type of violence 1 (a government is a party) from GED alone, before the ACD says which of the first four. */
    STATE_BASED,
    NON_STATE,
    ONE_SIDED;

    /** Whether the UCDP/PRIO Armed Conflict Dataset has this type (its codes 1 to 4). */
    public boolean isAcdType() {
        return this != NON_STATE && this != ONE_SIDED;
    }
}
