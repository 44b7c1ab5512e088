package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.HttpUrl;
import org.conflictmonitor.api.validation.LanguageTag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleInput", description = "An article to ingest. Its URL is canonicalised; an article whose canonical URL is stored already is not stored again.")
public record ArticleRequest(
        @Schema(description = "The source that published it. Left out, the source is found from the URL's domain.", nullable = true)
        UUID sourceId,
        @Schema(description = "Where the article is published, http or https. Tracking parameters (`utm_*`, …) and the fragment are dropped.", examples = "https://tass.com/world/1178003")
        @NotBlank @HttpUrl String url,
        @Schema(description = "Headline.")
        @NotBlank @Size(max = 1000) String title,
        @Schema(description = "Lede or standfirst.", nullable = true)
        @Size(max = 10_000) String lede,
        @Schema(description = "Full text, at most 1 MiB (UTF-8); a longer one is refused with 413.")
        @NotBlank String body,
        @Schema(description = "BCP 47 tag of the article's language.", examples = "en")
        @NotBlank @LanguageTag String language,
        @Schema(description = "When it was published, with its time-zone offset, which is kept.", examples = "2020-07-14T12:31:00+03:00")
        @NotNull OffsetDateTime publishedAt,
        @Schema(description = "Place of the dateline, as printed.", examples = "MOSCOW", nullable = true)
        @Size(max = 200) String datelinePlace,
        @Schema(description = "Authors, as credited.", nullable = true)
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> authors,
        @Schema(description = "When the text was retrieved; now when left out.", nullable = true)
        OffsetDateTime retrievedAt) {
}
