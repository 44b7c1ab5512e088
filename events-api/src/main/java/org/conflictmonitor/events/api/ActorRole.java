package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PRIMARY actors carry out the event; ASSOCIATED actors take part alongside them (ACLED's associated actors).")
@Description("PRIMARY actors carry out the event; ASSOCIATED actors take part alongside them (ACLED's associated actors).")
public enum ActorRole {
    PRIMARY,
    ASSOCIATED
}
