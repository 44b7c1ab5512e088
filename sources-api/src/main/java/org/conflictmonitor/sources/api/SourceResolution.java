package org.conflictmonitor.sources.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The source one item of a bulk find-or-create resolved to.")
public record SourceResolution(
        @Schema(description = "Position of the item in the request, from 0.") int index,
        @Schema(description = "CREATED (no source had the name; this request created it) or EXISTING (a source has the name; it is unchanged). Of several items with the same name in one request, the first may be CREATED, the others are EXISTING.")
        IngestStatus status,
        @Schema(description = "Id of the source.") UUID sourceId,
        @Schema(description = "The source's name as stored (its case may differ from the name asked for).") String name) {
}
