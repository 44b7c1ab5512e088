package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("An actor (actors-service id) that is a party to a conflict, on side A or B.")
@Type("ConflictParty")
@Input("ConflictPartyInput")
public record ConflictParty(
        @Description("Id of the actor.") @Id @NotNull UUID actorId,
        @Description("Its side.") @Schema(implementation = Side.class, description = "Its side.") @NotNull @OneOf(Side.class) String side) {
}
