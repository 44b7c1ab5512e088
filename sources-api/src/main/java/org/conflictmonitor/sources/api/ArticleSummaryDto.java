package org.conflictmonitor.sources.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.identity.Node;

@Schema(name = "ArticleSummary", description = "An article without its full text, as lists return it.")
// In GraphQL the one Article type: lists, search hits, claims and lookups all give this record, and
// the gateway loads `body` only when a query selects it.
@Description("An article a source published, or a citation of one (no URL, maybe no text), as datasets cite their sources. Its full text, `body`, is loaded only when selected.")
@Type("Article")
public record ArticleSummaryDto(
        @Description("Stable id of the article.") @Id @NonNull UUID id,
        @Description("The source that published it.") @Id UUID sourceId,
        @Description("Canonical URL; null for a citation, which is identified by its source, day and headline instead.") @Schema(nullable = true) String url,
        @Description("Headline; for a citation given without one, its citation text.") String title,
        @Description("The reference as the citing work printed it, when one was given at ingest; null otherwise.") @Schema(nullable = true) String citation,
        @Description("Lede.") @Schema(nullable = true) String lede,
        @Description("BCP 47 language tag.") String language,
        @Description("When it was published, in the offset it was published with; null when only the day, or nothing, is known.") @Schema(nullable = true) OffsetDateTime publishedAt,
        @Description("The day it was published (publishedAt's day in its own offset when that is known); null when the date is unknown.") @Schema(nullable = true) LocalDate publishedOn,
        @Description("Dateline place, e.g. MOSCOW.") @Schema(nullable = true) String datelinePlace,
        @Description("Authors.") List<String> authors,
        @Description("SHA-256 of the normalised full text; null without a text.") @Schema(nullable = true) String contentHash,
        @Description("The earlier article with the same text at another URL, if any.") @Schema(nullable = true) @Id UUID duplicateOf,
        @Description("When the text (or, for a citation, the reference) was retrieved.") OffsetDateTime retrievedAt,
        @Description("When it was ingested.") OffsetDateTime createdAt,
        @Description("Who ingested it.") String createdBy) implements Node {
}
