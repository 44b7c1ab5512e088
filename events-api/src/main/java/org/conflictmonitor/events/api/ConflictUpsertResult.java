package org.conflictmonitor.events.api;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("The outcome for one conflict of a bulk upsert.")
@Type("ConflictUpsertResult")
public record ConflictUpsertResult(
        @Description("Position of the conflict in the request, from 0.") int index,
        @Description("Its UCDP conflict id, as sent.") @Schema(examples = "388") int ucdpConflictId,
        @Description("Id of the conflict, created or found by its UCDP id.") @Id UUID id,
        @Description("What happened to it.") ConflictUpsertStatus status,
        @Description("Its version now.") int version) {
}
