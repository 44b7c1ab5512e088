package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * ACLED's actor types (inter codes 1–8).
 */
@Description("ACLED actor type: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.")
public enum AcledActorType {
    STATE_FORCES(1, "State forces"),
    REBEL_GROUPS(2, "Rebel groups"),
    POLITICAL_MILITIAS(3, "Political militias"),
    IDENTITY_MILITIAS(4, "Identity militias"),
    RIOTERS(5, "Rioters"),
    PROTESTERS(6, "Protesters"),
    CIVILIANS(7, "Civilians"),
    EXTERNAL_OTHER_FORCES(8, "External/Other forces");

    private final int code;
    private final String label;

    AcledActorType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }
}
