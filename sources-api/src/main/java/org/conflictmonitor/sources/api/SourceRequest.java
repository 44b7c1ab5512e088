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

@Schema(name = "SourceInput", description = "A source to create, or the new state of one to update.")
@Description("A source to create, or the new state of one to update.")
@Input("SourceInput")
public record SourceRequest(
        @Description("Name of the source.") @Schema(description = "Name of the source.", examples = "TASS")
        @NotBlank @Size(max = 300) String name,
        @Description("What kind of source this is. One of NEWS_AGENCY, NEWSPAPER, BROADCASTER, ONLINE_MEDIA, GOVERNMENT, MILITARY, INTERGOVERNMENTAL_ORGANISATION, NGO, SOCIAL_MEDIA, OTHER.") @Schema(implementation = SourceKind.class, description = "What kind of source this is.")
        @NotNull @OneOf(SourceKind.class) String kind,
        @Description("Home page, http or https.") @Schema(description = "Home page, http or https.", examples = "https://tass.com", nullable = true)
        @HttpUrl String homepageUrl,
        @Description("Web domains its articles are published under, lower case, without `www.`.") @Schema(description = "Web domains its articles are published under, lower case, without `www.`.", examples = "[\"tass.com\", \"tass.ru\"]", nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @DomainName String> domains,
        @Description("ISO 3166-1 alpha-3 country.") @Schema(description = "ISO 3166-1 alpha-3 country.", examples = "RUS", nullable = true)
        @IsoCountry String country,
        @Description("BCP 47 tags of the languages it publishes in.") @Schema(description = "BCP 47 tags of the languages it publishes in.", examples = "[\"en\", \"ru\"]", nullable = true)
        @Size(max = 50) @Nullable List<@NotNull @LanguageTag String> languages,
        @Description("Who owns it; UNKNOWN when left out. One of STATE, PUBLIC_SERVICE, PRIVATE, UNKNOWN.") @Schema(implementation = Ownership.class, description = "Who owns it; UNKNOWN when left out.", nullable = true)
        @OneOf(Ownership.class) String ownership,
        @Description("Reliability grade and rationale.") @Schema(description = "Reliability grade and rationale.")
        @NotNull @Valid ReliabilityInput reliability,
        @Description("Id of the actor this source speaks for.") @Schema(description = "Id of the actor this source speaks for.", nullable = true)
        @Id UUID actorId,
        @Description("RSS or Atom feed URLs.") @Schema(description = "RSS or Atom feed URLs.", nullable = true)
        @Size(max = 20) @Nullable List<@NotNull @HttpUrl String> feedUrls,
        @Description("On update: the version you read. A stale version is refused with 409. Ignored on create.") @Schema(description = "On update: the version you read. A stale version is refused with 409. Ignored on create.", nullable = true)
        @PositiveOrZero Integer version) {
}
