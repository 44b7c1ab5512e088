package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an event's claims agree on one field, and what each claims.")
public record FieldAgreement(
        @Schema(description = "The field.") ContestedField field,
        @Schema(description = "False when at least two claims state different values.") boolean agree,
        @Schema(description = "Each distinct value claimed, with the claims that state it; claims silent on the field are left out.") List<ClaimedValue> values) {

    @Schema(description = "A value of a field and the claims that state it.")
    public record ClaimedValue(
            @Schema(description = "The value: an actor id for INITIATOR, a count for KILLED and INJURED (all sides together), or `SIDE:count` per side.") String value,
            @Schema(description = "The claims that state it.") List<java.util.UUID> claimIds) {
    }
}
