package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an event's claims agree on one field, and what each claims.")
@Description("Whether an event's claims agree on one field, and what each claims.")
@Type("FieldAgreement")
public record FieldAgreement(
        @Description("The field.") @Schema(description = "The field.") ContestedField field,
        @Description("False when at least two claims state different values.") @Schema(description = "False when at least two claims state different values.") boolean agree,
        @Description("Each distinct value claimed, with the claims that state it; claims silent on the field are left out.") @Schema(description = "Each distinct value claimed, with the claims that state it; claims silent on the field are left out.") List<ClaimedValue> values) {

    @Description("A value of a field and the claims that state it.") @Schema(description = "A value of a field and the claims that state it.")
    public record ClaimedValue(
            @Description("The value: an actor id for INITIATOR, a count for KILLED and INJURED (all sides together), or `SIDE:count` per side.") @Schema(description = "The value: an actor id for INITIATOR, a count for KILLED and INJURED (all sides together), or `SIDE:count` per side.") String value,
            @Description("The claims that state it.") @Schema(description = "The claims that state it.") List<java.util.UUID> claimIds) {
    }
}
