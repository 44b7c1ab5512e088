package org.conflictmonitor.actors.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Description("The actors found for a batch of ids.")
@Type("ActorLookupResult")
public record ActorLookupResult(
        @Description("The actors found, in the order their ids were asked for, each once.") List<ActorDto> items,
        @Description("Requested ids of duplicates merged into another actor, mapped to the survivor returned in `items`.") Map<UUID, UUID> mergedInto,
        @Description("Requested ids that match no actor.") @Id List<UUID> missing) {
}
