package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A link from this event to another: this event is a REACTION_TO, PART_OF or FOLLOW_UP_OF the other.")
public record EventLink(
        @Schema(implementation = EventLinkType.class, description = "How this event relates to the other.") @NotNull @OneOf(EventLinkType.class) String type,
        @Schema(description = "Id of the other event.") @NotNull UUID eventId,
        @Schema(description = "Code of the other event (in responses).", nullable = true, readOnly = true) String code) {
}
