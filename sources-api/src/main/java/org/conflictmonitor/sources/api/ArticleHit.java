package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("An article matching a full-text search.")
@Type("ArticleHit")
public record ArticleHit(
        @Description("The article.") ArticleSummaryDto article,
        @Description("Relevance; higher is better. Comparable only within one search.") double rank,
        @Description("Passages of the lede and text (of the citation, or else the headline, for an article without either) around the matches, HTML-escaped, with each match in `<mark>…</mark>`; fragments are separated by ` … `.") String snippet) {
}
