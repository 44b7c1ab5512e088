package org.conflictmonitor.actors.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("The relations of each of many actors, in the order asked.")
public record RelationsOfActors(
        @Description("One entry per known actor asked for.") List<Entry> results,
        @Description("Ids asked for that match no actor.") @Id List<UUID> missing) {

    @Schema(name = "RelationsOfActor", description = "The relations of one actor (of its survivor, for a merged duplicate), oldest first.")
    public record Entry(
            @Schema(description = "The actor id as asked.") UUID actorId,
            @Schema(description = "Its relations, as subject or object.") List<RelationDto> relations) {
    }
}
