package org.conflictmonitor.actors.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A short reference to an actor.")
public record ActorRef(
        @Schema(description = "Id of the actor.") UUID id,
        @Schema(description = "Its main name.") String name,
        @Schema(description = "Its kind.") ActorKind kind) {
}
