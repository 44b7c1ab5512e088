package org.conflictmonitor.sources.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the sources service gives it one by one, with its text; GraphQL shows it as {@link ArticleSummaryDto} with a lazily loaded body. */
@Schema(name = "Article", description = "An article a source published, with its full text if that was ingested; or a citation of one (no URL, maybe no text), as datasets cite their sources.")
public record ArticleDto(
        @Schema(description = "Stable id of the article.") UUID id,
        @Schema(description = "The source that published it.") UUID sourceId,
        @Schema(description = "Canonical URL; null for a citation, which is identified by its source, day and headline instead.", nullable = true) String url,
        @Schema(description = "Headline; for a citation given without one, its citation text.") String title,
        @Schema(description = "The reference as the citing work printed it, when one was given at ingest; null otherwise.", nullable = true) String citation,
        @Schema(description = "Lede.", nullable = true) String lede,
        @Schema(description = "Full text; null when it was ingested without its text (e.g. a citation).", nullable = true) String body,
        @Schema(description = "BCP 47 language tag.") String language,
        @Schema(description = "When it was published, in the offset it was published with; null when only the day, or nothing, is known.", nullable = true) OffsetDateTime publishedAt,
        @Schema(description = "The day it was published (publishedAt's day in its own offset when that is known); null when the date is unknown.", nullable = true) LocalDate publishedOn,
        @Schema(description = "Dateline place, e.g. MOSCOW.", nullable = true) String datelinePlace,
        @Schema(description = "Authors.") List<String> authors,
        @Schema(description = "SHA-256 of the normalised full text; null without a text.", nullable = true) String contentHash,
        @Schema(description = "The earlier article with the same text at another URL, if any.", nullable = true) UUID duplicateOf,
        @Schema(description = "When the text (or, for a citation, the reference) was retrieved.") OffsetDateTime retrievedAt,
        @Schema(description = "When it was ingested.") OffsetDateTime createdAt,
        @Schema(description = "Who ingested it.") String createdBy) {

    /** The article without its text, as lists give it. */
    public ArticleSummaryDto summary() {
        return new ArticleSummaryDto(id, sourceId, url, title, citation, lede, language, publishedAt, publishedOn, datelinePlace, authors,
                contentHash, duplicateOf, retrievedAt, createdAt, createdBy);
    }
}
