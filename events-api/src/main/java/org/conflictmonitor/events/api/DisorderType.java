package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("ACLED disorder type: POLITICAL_VIOLENCE, DEMONSTRATIONS, POLITICAL_VIOLENCE_DEMONSTRATIONS (excessive force against protesters), STRATEGIC_DEVELOPMENTS.")
public enum DisorderType {
    POLITICAL_VIOLENCE("Political violence"),
    DEMONSTRATIONS("Demonstrations"),
    POLITICAL_VIOLENCE_DEMONSTRATIONS("Political violence; Demonstrations"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    DisorderType(String label) {
        this.label = label;
    }

    /** The name as ACLED writes it. */
    public String label() {
        return label;
    }
}
