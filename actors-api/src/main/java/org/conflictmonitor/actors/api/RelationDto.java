package org.conflictmonitor.actors.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation")
@Description("A dated relation: the subject is MEMBER_OF, PART_OF, … the object.")
@Type("Relation")
public record RelationDto(
        @Description("Id of the relation.") @Id @NonNull UUID id,
        @Description("How the subject stands to the object.") RelationType type,
        @Description("The actor the relation starts from.") ActorRef subject,
        @Description("The actor it points to.") ActorRef object,
        @Description("First day the relation held, if known.") @Schema(nullable = true) LocalDate validFrom,
        @Description("Last day the relation held; null while it still holds.") @Schema(nullable = true) LocalDate validTo,
        @Description("Title of a position or membership, e.g. `Minister of Foreign Affairs`.") @Schema(nullable = true) String title) {
}
