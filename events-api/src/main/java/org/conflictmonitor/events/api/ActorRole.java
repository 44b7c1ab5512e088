package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("PRIMARY actors carry out the event; ASSOCIATED actors take part alongside them (ACLED's associated actors).")
public enum ActorRole {
    PRIMARY,
    ASSOCIATED
}
