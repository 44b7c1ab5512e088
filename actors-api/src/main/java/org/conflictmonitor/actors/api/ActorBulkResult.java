package org.conflictmonitor.actors.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("The outcome of a bulk resolve-or-create: counts, and one result per item in request order.")
@Type("ActorBulkResult")
public record ActorBulkResult(
        @Description("How many actors this request created.") int created,
        @Description("How many items resolved to an actor that existed (or that an earlier item created).") int existing,
        @Description("One result per item, in request order.") List<ActorBulkItemResult> results) {
}
