package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Who owns the source: STATE (e.g. TASS), PUBLIC_SERVICE (an independent public broadcaster), PRIVATE, UNKNOWN.")
public enum Ownership {
    STATE,
    PUBLIC_SERVICE,
    PRIVATE,
    UNKNOWN
}
