package org.conflictmonitor.actors.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation", description = "A dated relation: the subject is MEMBER_OF, PART_OF, … the object.")
public record RelationDto(
        @Schema(description = "Id of the relation.") UUID id,
        @Schema(description = "How the subject stands to the object.") RelationType type,
        @Schema(description = "The actor the relation starts from.") ActorRef subject,
        @Schema(description = "The actor it points to.") ActorRef object,
        @Schema(description = "First day the relation held, if known.", nullable = true) LocalDate validFrom,
        @Schema(description = "Last day the relation held; null while it still holds.", nullable = true) LocalDate validTo,
        @Schema(description = "Title of a position or membership, e.g. `Minister of Foreign Affairs`.", nullable = true) String title) {
}
