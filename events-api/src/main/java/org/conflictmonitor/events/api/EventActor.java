package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("An actor (actors-service id) on one side of an event.")
@Type("EventActor")
@Input("EventActorInput")
public record EventActor(
        @Description("Id of the actor in actors-service.") @Id @NotNull UUID actorId,
        @Description("Its side.") @Schema(implementation = Side.class, description = "Its side.") @NotNull @OneOf(Side.class) String side,
        @Description("PRIMARY or ASSOCIATED; PRIMARY when left out.") @Schema(implementation = ActorRole.class, description = "PRIMARY or ASSOCIATED; PRIMARY when left out.", nullable = true) @OneOf(ActorRole.class) String role) {
}
