package org.conflictmonitor.actors.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.OneOf;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActorInput")
@Description("An actor to create, or the new state of one to update.")
@Input("ActorInput")
public record ActorRequest(
        @Description("What kind of actor this is.") @Schema(implementation = ActorKind.class, description = "What kind of actor this is.")
        @NotNull @OneOf(ActorKind.class) String kind,
        @Description("The actor's main name, in English.") @Schema(examples = "Ministry of Defence of Azerbaijan")
        @NotBlank @Size(max = 300) String name,
        @Description("Other names and spellings. An update replaces the whole list.") @Schema(nullable = true)
        @Size(max = 200) @Nullable List<@NotNull @Valid AliasDto> aliases,
        @Description("ISO 3166-1 alpha-3 country code.") @Schema(examples = "AZE", nullable = true)
        @IsoCountry String country,
        @Description("Who or what the actor is.") @Schema(nullable = true)
        @Size(max = 10_000) String description,
        @Description("Identifiers in other datasets.") @Schema(nullable = true)
        @Valid ExternalIds externalIds,
        @Description("On update: the version you read. A stale version is refused with 409. Ignored on create.") @Schema(nullable = true)
        @PositiveOrZero Integer version) {
}
