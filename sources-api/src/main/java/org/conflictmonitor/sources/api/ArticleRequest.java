package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.HttpUrl;
import org.conflictmonitor.api.validation.LanguageTag;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleInput", description = "An article to ingest. Its URL is canonicalised; an article whose canonical URL is stored already is not stored again.")
@Description("An article to ingest. Its URL is canonicalised; an article whose canonical URL is stored already is not stored again.")
@Input("ArticleInput")
public record ArticleRequest(
        @Description("The source that published it. Left out, the source is found from the URL's domain.") @Schema(description = "The source that published it. Left out, the source is found from the URL's domain.", nullable = true)
        UUID sourceId,
        @Description("Where the article is published, http or https. Tracking parameters (`utm_*`, …) and the fragment are dropped.") @Schema(description = "Where the article is published, http or https. Tracking parameters (`utm_*`, …) and the fragment are dropped.", examples = "https://tass.com/world/1178003")
        @NotBlank @HttpUrl String url,
        @Description("Headline.") @Schema(description = "Headline.")
        @NotBlank @Size(max = 1000) String title,
        @Description("Lede or standfirst.") @Schema(description = "Lede or standfirst.", nullable = true)
        @Size(max = 10_000) String lede,
        @Description("Full text, at most 1 MiB (UTF-8); a longer one is refused with 413.") @Schema(description = "Full text, at most 1 MiB (UTF-8); a longer one is refused with 413.")
        @NotBlank String body,
        @Description("BCP 47 tag of the article's language.") @Schema(description = "BCP 47 tag of the article's language.", examples = "en")
        @NotBlank @LanguageTag String language,
        @Description("When it was published, with its time-zone offset, which is kept.") @Schema(description = "When it was published, with its time-zone offset, which is kept.", examples = "2020-07-14T12:31:00+03:00")
        @NotNull OffsetDateTime publishedAt,
        @Description("Place of the dateline, as printed.") @Schema(description = "Place of the dateline, as printed.", examples = "MOSCOW", nullable = true)
        @Size(max = 200) String datelinePlace,
        @Description("Authors, as credited.") @Schema(description = "Authors, as credited.", nullable = true)
        @Size(max = 50) @Nullable List<@NotBlank @Size(max = 300) String> authors,
        @Description("When the text was retrieved; now when left out.") @Schema(description = "When the text was retrieved; now when left out.", nullable = true)
        OffsetDateTime retrievedAt) {
}
