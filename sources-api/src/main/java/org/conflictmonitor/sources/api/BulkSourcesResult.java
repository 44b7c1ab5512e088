package org.conflictmonitor.sources.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of a bulk find-or-create of sources: counts, and one result per item in request order.")
public record BulkSourcesResult(
        @Schema(description = "How many sources were created.") int created,
        @Schema(description = "How many items named a source that exists (including one created earlier in the same request).") int existing,
        @Schema(description = "One result per item, in request order.") List<SourceResolution> results) {
}
