package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("Whether an event's claims agree on one field (for KILLED and INJURED: within one scope), and what each claims.")
@Type("FieldAgreement")
public record FieldAgreement(
        @Description("The field.") ContestedField field,
        @Description("For KILLED and INJURED, whose losses the compared figures count; null for the other fields.") @Schema(nullable = true) CasualtyGroup group,
        @Description("For KILLED and INJURED, which kind of people the compared figures count; null for the whole group and for the other fields.") @Schema(nullable = true) Personnel personnel,
        @Description("False when at least two claims state different values.") boolean agree,
        @Description("Each distinct value claimed, with the claims that state it; claims silent on the field are left out.") List<ClaimedValue> values) {

    @Description("A value of a field and the claims that state it.") 
    public record ClaimedValue(
            @Description("The value as text: an actor id for INITIATOR, a sub-event type for SUB_EVENT_TYPE, a count for KILLED and INJURED (`4`, or `low 3 · best 3 · high 5` for a range).") String value,
            @Description("For KILLED and INJURED, the count itself; null for the other fields.") @Schema(nullable = true) Estimate estimate,
            @Description("The claims that state it.") @Id List<UUID> claimIds) {
    }
}
