package org.conflictmonitor.actors.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.identity.Node;

@Schema(name = "Actor")
@Description("Anyone who acts in or about a conflict: a state, an armed force, a ministry, an organisation, a group, a person.")
@Type("Actor")
public record ActorDto(
        @Description("Stable id of the actor.") @Id @NonNull UUID id,
        @Description("What kind of actor this is.") ActorKind kind,
        @Description("ACLED actor type code (1–8) of this kind, null where none applies.") @Schema(nullable = true) Integer acledTypeCode,
        @Description("The actor's main name, in English.") String name,
        @Description("Other names and spellings, with their languages.") List<AliasDto> aliases,
        @Description("ISO 3166-1 alpha-3 code of the country the actor belongs to.") @Schema(nullable = true) String country,
        @Description("Who or what the actor is.") @Schema(nullable = true) String description,
        @Description("Identifiers in other datasets.") ExternalIds externalIds,
        @Description("Ids of duplicates that were merged into this actor; they keep answering with this actor.") @Id List<UUID> mergedIds,
        @Description("When the actor was created.") OffsetDateTime createdAt,
        @Description("Who created it.") String createdBy,
        @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking: send it back with an update.") int version) implements Node {
}
