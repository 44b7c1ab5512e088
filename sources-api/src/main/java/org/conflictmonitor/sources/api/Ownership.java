package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who owns the source: STATE (e.g. TASS), PUBLIC_SERVICE (an independent public broadcaster), PRIVATE, UNKNOWN.")
@Description("Who owns the source: STATE (e.g. TASS), PUBLIC_SERVICE (an independent public broadcaster), PRIVATE, UNKNOWN.")
public enum Ownership {
    STATE,
    PUBLIC_SERVICE,
    PRIVATE,
    UNKNOWN
}
