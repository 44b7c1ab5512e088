package org.conflictmonitor.actors.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The actors found for a batch of ids.")
public record ActorLookupResult(
        @Schema(description = "The actors found, in the order their ids were asked for, each once.") List<ActorDto> items,
        @Schema(description = "Requested ids of duplicates merged into another actor, mapped to the survivor returned in `items`.") Map<UUID, UUID> mergedInto,
        @Schema(description = "Requested ids that match no actor.") List<UUID> missing) {
}
