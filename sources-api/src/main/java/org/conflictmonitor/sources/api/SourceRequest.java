package org.conflictmonitor.sources.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.DomainName;
import org.conflictmonitor.api.validation.HttpUrl;
import org.conflictmonitor.api.validation.IsoCountry;
import org.conflictmonitor.api.validation.LanguageTag;
import org.conflictmonitor.api.validation.OneOf;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceInput")
@Description("A source to create, or the new state of one to update.")
@Input("SourceInput")
public record SourceRequest(
        @Description("Name of the source.") @Schema(examples = "TASS")
        @NotBlank @Size(max = 300) String name,
        @Description("What kind of source this is.") @Schema(implementation = SourceKind.class, description = "What kind of source this is.")
        @NotNull @OneOf(SourceKind.class) String kind,
        @Description("Home page, http or https.") @Schema(examples = "https://tass.com", nullable = true)
        @HttpUrl String homepageUrl,
        @Description("Web domains its articles are published under, lower case, without `www.`.") @Schema(examples = "[\"tass.com\", \"tass.ru\"]", nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @DomainName String> domains,
        @Description("ISO 3166-1 alpha-3 country.") @Schema(examples = "RUS", nullable = true)
        @IsoCountry String country,
        @Description("BCP 47 tags of the languages it publishes in.") @Schema(examples = "[\"en\", \"ru\"]", nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @LanguageTag String> languages,
        @Description("Who owns it; UNKNOWN when left out.") @Schema(implementation = Ownership.class, description = "Who owns it; UNKNOWN when left out.", nullable = true)
        @OneOf(Ownership.class) String ownership,
        @Description("Reliability grade and rationale.") 
        @NotNull @Valid ReliabilityInput reliability,
        @Description("Id of the actor this source speaks for.") @Schema(nullable = true)
        @Id UUID actorId,
        @Description("RSS or Atom feed URLs.") @Schema(nullable = true)
        @Size(max = 20) @Nullable List<@NotNull @HttpUrl String> feedUrls,
        @Description("On update: the version you read. A stale version is refused with 409. Ignored on create.") @Schema(nullable = true)
        @PositiveOrZero Integer version) {
}
