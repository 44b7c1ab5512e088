package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article matching a full-text search.")
public record ArticleHit(
        @Schema(description = "The article.") ArticleSummaryDto article,
        @Schema(description = "Relevance; higher is better. Comparable only within one search.") double rank,
        @Schema(description = "Passages of the text around the matches, HTML-escaped, with each match in `<mark>…</mark>`; fragments are separated by ` … `.") String snippet) {
}
