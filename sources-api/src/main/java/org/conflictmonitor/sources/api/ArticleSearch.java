package org.conflictmonitor.sources.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.conflictmonitor.api.validation.DateTimeWithOffset;
import org.conflictmonitor.api.validation.LanguageTag;
import org.conflictmonitor.api.validation.UuidString;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What an article search looks for, and its filters; the search's pages and its count share it. */
public class ArticleSearch {

    @QueryParam("q")
    @Parameter(description = "Search text, e.g. `ceasefire Tovuz` or `\"armed clash\" -Karabakh`.")
    @Size(max = 500)
    public String q;

    @QueryParam("sourceId")
    @Parameter(description = "Keep only articles of this source.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @UuidString
    public String sourceId;

    @QueryParam("language")
    @Parameter(description = "Keep only articles in this language (BCP 47); the search then stems in that language only.")
    @LanguageTag
    public String language;

    @QueryParam("publishedFrom")
    @Parameter(description = "Keep only articles published at or after this instant (ISO 8601 with offset). An article dated by day only counts as published at 00:00 UTC that day; undated citations are left out.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @DateTimeWithOffset
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Keep only articles published before this instant (ISO 8601 with offset). An article dated by day only counts as published at 00:00 UTC that day; undated citations are left out.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @DateTimeWithOffset
    public String publishedTo;

    /** The search as a client sends it; null for what it leaves out. */
    public static ArticleSearch of(String q, String sourceId, String language, String publishedFrom, String publishedTo) {
        ArticleSearch search = new ArticleSearch();
        search.q = q;
        search.sourceId = sourceId;
        search.language = language;
        search.publishedFrom = publishedFrom;
        search.publishedTo = publishedTo;
        return search;
    }
}
