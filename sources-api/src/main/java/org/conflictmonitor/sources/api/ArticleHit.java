package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article matching a full-text search.")
@Description("An article matching a full-text search.")
@Type("ArticleHit")
public record ArticleHit(
        @Description("The article.") @Schema(description = "The article.") ArticleSummaryDto article,
        @Description("Relevance; higher is better. Comparable only within one search.") @Schema(description = "Relevance; higher is better. Comparable only within one search.") double rank,
        @Description("Passages of the lede and text (of the citation, or else the headline, for an article without either) around the matches, HTML-escaped, with each match in `<mark>…</mark>`; fragments are separated by ` … `.") @Schema(description = "Passages of the lede and text (of the citation, or else the headline, for an article without either) around the matches, HTML-escaped, with each match in `<mark>…</mark>`; fragments are separated by ` … `.") String snippet) {
}
