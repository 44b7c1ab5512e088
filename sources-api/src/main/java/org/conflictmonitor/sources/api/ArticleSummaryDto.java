package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", description = "An article without its full text, as lists return it.")
public record ArticleSummaryDto(
        @Schema(description = "Stable id of the article.") UUID id,
        @Schema(description = "The source that published it.") UUID sourceId,
        @Schema(description = "Canonical URL.") String url,
        @Schema(description = "Headline.") String title,
        @Schema(description = "Lede.", nullable = true) String lede,
        @Schema(description = "BCP 47 language tag.") String language,
        @Schema(description = "When it was published, in the offset it was published with.") OffsetDateTime publishedAt,
        @Schema(description = "Dateline place, e.g. MOSCOW.", nullable = true) String datelinePlace,
        @Schema(description = "Authors.") List<String> authors,
        @Schema(description = "SHA-256 of the normalised full text.") String contentHash,
        @Schema(description = "The earlier article with the same text at another URL, if any.", nullable = true) UUID duplicateOf) {
}
