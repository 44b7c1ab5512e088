package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor (actors-service id) on one side of an event.")
public record EventActor(
        @Schema(description = "Id of the actor in actors-service.") @NotNull UUID actorId,
        @Schema(implementation = Side.class, description = "Its side.") @NotNull @OneOf(Side.class) String side,
        @Schema(implementation = ActorRole.class, description = "PRIMARY or ASSOCIATED; PRIMARY when left out.", nullable = true) @OneOf(ActorRole.class) String role) {
}
