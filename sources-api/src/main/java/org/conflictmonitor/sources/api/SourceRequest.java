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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceInput", description = "A source to create, or the new state of one to update.")
public record SourceRequest(
        @Schema(description = "Name of the source.", examples = "TASS")
        @NotBlank @Size(max = 300) String name,
        @Schema(implementation = SourceKind.class, description = "What kind of source this is.")
        @NotNull @OneOf(SourceKind.class) String kind,
        @Schema(description = "Home page, http or https.", examples = "https://tass.com", nullable = true)
        @HttpUrl String homepageUrl,
        @Schema(description = "Web domains its articles are published under, lower case, without `www.`.", examples = "[\"tass.com\", \"tass.ru\"]", nullable = true)
        @Size(max = 50) List<@NotNull @DomainName String> domains,
        @Schema(description = "ISO 3166-1 alpha-3 country.", examples = "RUS", nullable = true)
        @IsoCountry String country,
        @Schema(description = "BCP 47 tags of the languages it publishes in.", examples = "[\"en\", \"ru\"]", nullable = true)
        @Size(max = 50) List<@NotNull @LanguageTag String> languages,
        @Schema(implementation = Ownership.class, description = "Who owns it; UNKNOWN when left out.", nullable = true)
        @OneOf(Ownership.class) String ownership,
        @Schema(description = "Reliability grade and rationale.")
        @NotNull @Valid ReliabilityInput reliability,
        @Schema(description = "Id of the actor this source speaks for.", nullable = true)
        UUID actorId,
        @Schema(description = "RSS or Atom feed URLs.", nullable = true)
        @Size(max = 20) List<@NotNull @HttpUrl String> feedUrls,
        @Schema(description = "On update: the version you read. A stale version is refused with 409. Ignored on create.", nullable = true)
        @PositiveOrZero Integer version) {
}
