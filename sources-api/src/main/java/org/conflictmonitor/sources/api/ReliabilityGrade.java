package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * The source reliability half of the Admiralty (NATO) system.
 */
@Description("Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged.")
public enum ReliabilityGrade {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String label;

    ReliabilityGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
