package org.conflictmonitor.sources.api;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * The items are validated one by one, not here, so that one bad article never rejects the good ones.
 */
@Description("Up to 1,000 articles to ingest in one request.")
@Input("BulkIngestInput")
public record BulkIngestRequest(
        @Description("The articles (web articles or citations, mixed as needed), each as for a single ingest; 1 to 1,000.") 
        @NotEmpty @Size(max = BulkIngestRequest.MAX_ARTICLES) List<ArticleRequest> articles) {

    public static final int MAX_ARTICLES = 1000;
}
