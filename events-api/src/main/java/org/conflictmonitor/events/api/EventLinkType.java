package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("How an event relates to another: REACTION_TO (a statement reacting to a clash), PART_OF (a clash within a wider offensive), FOLLOW_UP_OF.")
public enum EventLinkType {
    REACTION_TO,
    PART_OF,
    FOLLOW_UP_OF
}
