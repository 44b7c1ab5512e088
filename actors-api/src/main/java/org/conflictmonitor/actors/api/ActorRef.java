package org.conflictmonitor.actors.api;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A short reference to an actor.")
@Description("A short reference to an actor.")
@Type("ActorRef")
public record ActorRef(
        @Description("Id of the actor.") @Schema(description = "Id of the actor.") @Id UUID id,
        @Description("Its main name.") @Schema(description = "Its main name.") String name,
        @Description("Its kind.") @Schema(description = "Its kind.") ActorKind kind) {
}
