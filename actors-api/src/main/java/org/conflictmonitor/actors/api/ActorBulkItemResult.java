package org.conflictmonitor.actors.api;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Description("The actor one item of a bulk resolve-or-create resolved to.")
@Type("ActorBulkItemResult")
public record ActorBulkItemResult(
        @Description("Position of the item in the request, from 0.") int index,
        @Description("Id of the actor (of the survivor, if the key belongs to a merged duplicate).") @Id UUID id,
        @Description("Whether this item created the actor or found it.") ActorBulkStatus status) {
}
