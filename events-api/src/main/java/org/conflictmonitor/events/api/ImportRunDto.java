package org.conflictmonitor.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import run: who started it, when, what it read, and what it did so far.")
public record ImportRunDto(
        @Schema(description = "Id of the run.") UUID id,
        @Schema(implementation = ImportKind.class, description = "What the file holds.") String kind,
        @Schema(description = "The file's name.") String file,
        @Schema(implementation = ImportState.class, description = "RUNNING, SUCCEEDED or FAILED.") String state,
        @Schema(description = "The rows the file holds, when known.", nullable = true) Long totalRows,
        @Schema(description = "Rows read so far, bad ones included.") long rowsRead,
        @Schema(description = "Records created.") long created,
        @Schema(description = "Records updated.") long updated,
        @Schema(description = "Records unchanged.") long unchanged,
        @Schema(description = "Events left alone because the stored coding is newer.") long olderVersion,
        @Schema(description = "Rows not imported.") long badRows,
        @Schema(description = "Rows imported and flagged as UCDP published them.") long flaggedRows,
        @Schema(description = "Bad rows, in the order found: the first " + ImportRunDto.MAX_LISTED + "; `badRows` counts them all.") List<ImportRowError> errors,
        @Schema(description = "Curators' edits the import kept: the first " + ImportRunDto.MAX_LISTED + ".") List<KeptEdit> keptEdits,
        @Schema(description = "Why the run failed.", nullable = true) String failure,
        @Schema(description = "Who started it (user name, or the service account's).") String startedBy,
        @Schema(description = "When it started.") OffsetDateTime startedAt,
        @Schema(description = "The last report.") OffsetDateTime updatedAt,
        @Schema(description = "When it ended; null while it runs.", nullable = true) OffsetDateTime finishedAt) {

    /** How many errors and kept edits a run stores; the counts go on. */
    public static final int MAX_LISTED = 1000;
}
