package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("The outcome of a bulk upsert of conflicts: counts, and one result per conflict in request order.")
@Type("ConflictBulkResult")
public record ConflictBulkResult(
        @Description("How many were created.") int created,
        @Description("How many existed and were changed.") int updated,
        @Description("How many existed and would not change.") int unchanged,
        @Description("One result per conflict, in request order.") List<ConflictUpsertResult> results) {
}
