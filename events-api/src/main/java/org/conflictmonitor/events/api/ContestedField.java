package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("A field of an event on which its claims can disagree: INITIATOR (who started it), SUB_EVENT_TYPE (what kind of act it was), KILLED, INJURED (compared within one scope only).")
public enum ContestedField {
    INITIATOR,
    SUB_EVENT_TYPE,
    KILLED,
    INJURED
}
