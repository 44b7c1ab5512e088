package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor (actors-service id) that is a party to a conflict, on side A or B.")
public record ConflictParty(
        @Schema(description = "Id of the actor.") @NotNull UUID actorId,
        @Schema(implementation = Side.class, description = "Its side.") @NotNull @OneOf(Side.class) String side) {
}
