package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "UCDP conflict type: INTERSTATE, INTRASTATE, INTERNATIONALISED_INTRASTATE, NON_STATE, ONE_SIDED.")
@Description("UCDP conflict type: INTERSTATE, INTRASTATE, INTERNATIONALISED_INTRASTATE, NON_STATE, ONE_SIDED.")
public enum ConflictType {
    INTERSTATE,
    INTRASTATE,
    INTERNATIONALISED_INTRASTATE,
    NON_STATE,
    ONE_SIDED
}
