package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("UCDP type of violence: STATE_BASED (1, a government is a party), NON_STATE (2, between organised groups), ONE_SIDED (3, against civilians).")
public enum UcdpViolenceType {
    STATE_BASED,
    NON_STATE,
    ONE_SIDED;

    /** UCDP's code: 1, 2 or 3. */
    public int code() {
        return ordinal() + 1;
    }

    public static UcdpViolenceType ofCode(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("not a UCDP type of violence: " + code);
        }
        return values()[code - 1];
    }
}
