package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A link from this event to another: this event is a REACTION_TO, PART_OF or FOLLOW_UP_OF the other.")
@Type("EventLink")
@Input("EventLinkInput")
public record EventLink(
        @Description("How this event relates to the other.") @Schema(implementation = EventLinkType.class, description = "How this event relates to the other.") @NotNull @OneOf(EventLinkType.class) String type,
        @Description("Id of the other event.") @Id @NotNull UUID eventId,
        @Description("Code of the other event (in responses).") @Schema(nullable = true, readOnly = true) String code) {
}
