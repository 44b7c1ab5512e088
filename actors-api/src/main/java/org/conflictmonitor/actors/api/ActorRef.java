package org.conflictmonitor.actors.api;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Description("A short reference to an actor.")
@Type("ActorRef")
public record ActorRef(
        @Description("Id of the actor.") @Id UUID id,
        @Description("Its main name.") String name,
        @Description("Its kind.") ActorKind kind) {
}
