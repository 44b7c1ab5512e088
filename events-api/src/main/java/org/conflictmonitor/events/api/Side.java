package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Side of an event or conflict: A (the initiating or first-named side, ACLED's actor 1) or B.")
public enum Side {
    A,
    B
}
