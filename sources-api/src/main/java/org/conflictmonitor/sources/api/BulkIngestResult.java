package org.conflictmonitor.sources.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of a bulk ingest: counts, and one result per article in request order.")
public record BulkIngestResult(
        @Schema(description = "How many were stored as new.") int created,
        @Schema(description = "How many were stored already under the same canonical URL.") int existing,
        @Schema(description = "How many were stored but flagged as duplicates of the same text elsewhere.") int duplicates,
        @Schema(description = "How many were refused.") int rejected,
        @Schema(description = "One result per article, in request order.") List<IngestResult> results) {
}
