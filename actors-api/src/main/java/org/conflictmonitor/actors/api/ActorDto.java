package org.conflictmonitor.actors.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Actor", description = "Anyone who acts in or about a conflict: a state, an armed force, a ministry, an organisation, a group, a person.")
public record ActorDto(
        @Schema(description = "Stable id of the actor.") UUID id,
        @Schema(description = "What kind of actor this is.") ActorKind kind,
        @Schema(description = "ACLED actor type code (1–8) of this kind, null where none applies.", nullable = true) Integer acledTypeCode,
        @Schema(description = "The actor's main name, in English.") String name,
        @Schema(description = "Other names and spellings, with their languages.") List<AliasDto> aliases,
        @Schema(description = "ISO 3166-1 alpha-3 code of the country the actor belongs to.", nullable = true) String country,
        @Schema(description = "Who or what the actor is.", nullable = true) String description,
        @Schema(description = "Identifiers in other datasets.") ExternalIds externalIds,
        @Schema(description = "Ids of duplicates that were merged into this actor; they keep answering with this actor.") List<UUID> mergedIds,
        @Schema(description = "When the actor was created.") OffsetDateTime createdAt,
        @Schema(description = "Who created it.") String createdBy,
        @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,
        @Schema(description = "Version for optimistic locking: send it back with an update.") int version) {
}
