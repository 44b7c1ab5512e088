package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", description = "An article a source published, with its full text.")
@Description("An article a source published, with its full text.")
@Type("Article")
public record ArticleDto(
        @Description("Stable id of the article.") @Schema(description = "Stable id of the article.") UUID id,
        @Description("The source that published it.") @Schema(description = "The source that published it.") UUID sourceId,
        @Description("Canonical URL.") @Schema(description = "Canonical URL.") String url,
        @Description("Headline.") @Schema(description = "Headline.") String title,
        @Description("Lede.") @Schema(description = "Lede.", nullable = true) String lede,
        @Description("Full text.") @Schema(description = "Full text.") String body,
        @Description("BCP 47 language tag.") @Schema(description = "BCP 47 language tag.") String language,
        @Description("When it was published, in the offset it was published with.") @Schema(description = "When it was published, in the offset it was published with.") OffsetDateTime publishedAt,
        @Description("Dateline place, e.g. MOSCOW.") @Schema(description = "Dateline place, e.g. MOSCOW.", nullable = true) String datelinePlace,
        @Description("Authors.") @Schema(description = "Authors.") List<String> authors,
        @Description("SHA-256 of the normalised full text.") @Schema(description = "SHA-256 of the normalised full text.") String contentHash,
        @Description("The earlier article with the same text at another URL, if any.") @Schema(description = "The earlier article with the same text at another URL, if any.", nullable = true) UUID duplicateOf,
        @Description("When the text was retrieved.") @Schema(description = "When the text was retrieved.") OffsetDateTime retrievedAt,
        @Description("When it was ingested.") @Schema(description = "When it was ingested.") OffsetDateTime createdAt,
        @Description("Who ingested it.") @Schema(description = "Who ingested it.") String createdBy) {
}
