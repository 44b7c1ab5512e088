package org.conflictmonitor.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.conflictmonitor.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The outcome for one article of a bulk ingest.")
public record IngestResult(
        @Schema(description = "Position of the article in the request, from 0.") int index,
        @Schema(description = "What happened to it.") IngestStatus status,
        @Schema(description = "The stored article (created, existing or duplicate).", nullable = true) ArticleSummaryDto article,
        @Schema(description = "Why it was rejected, with the invalid fields named relative to the article.", nullable = true) Problem problem) {
}
