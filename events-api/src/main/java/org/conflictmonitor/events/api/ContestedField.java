package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A field of an event on which its claims can disagree: INITIATOR, KILLED, INJURED.")
@Description("A field of an event on which its claims can disagree: INITIATOR, KILLED, INJURED.")
public enum ContestedField {
    INITIATOR,
    KILLED,
    INJURED
}
