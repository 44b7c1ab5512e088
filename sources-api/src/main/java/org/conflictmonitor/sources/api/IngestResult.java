package org.conflictmonitor.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.conflictmonitor.api.problem.Problem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Description("The outcome for one article of a bulk ingest.")
@Type("IngestResult")
public record IngestResult(
        @Description("Position of the article in the request, from 0.") int index,
        @Description("What happened to it.") IngestStatus status,
        @Description("The stored article (created, existing or duplicate).") @Schema(nullable = true) ArticleSummaryDto article,
        @Description("Why it was rejected, with the invalid fields named relative to the article.") @Schema(nullable = true) Problem problem) {
}
