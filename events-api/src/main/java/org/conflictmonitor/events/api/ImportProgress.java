package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts are totals so far, so that a lost report is made good by the next one; errors and kept edits are the new ones only. */
@Schema(description = "How far a running import has got. Counts are totals since the start; `errors` and `keptEdits` are the ones found since the last report, which the run appends to its own.")
public record ImportProgress(
        @Schema(implementation = ImportState.class, description = "RUNNING, or the state the run ends in; a finished run takes no more reports.") @NotNull @OneOf(ImportState.class) String state,
        @Schema(description = "Rows read from the file so far, bad ones included.") @PositiveOrZero long rowsRead,
        @Schema(description = "Records created.") @PositiveOrZero long created,
        @Schema(description = "Records updated.") @PositiveOrZero long updated,
        @Schema(description = "Records the file states as they are stored already.") @PositiveOrZero long unchanged,
        @Schema(description = "Events left alone because the stored coding comes from a newer dataset version.") @PositiveOrZero long olderVersion,
        @Schema(description = "Rows not imported.") @PositiveOrZero long badRows,
        @Schema(description = "Rows of the file whose values UCDP published although they look inconsistent (low > best, high < best); imported and flagged.") @PositiveOrZero long flaggedRows,
        @Schema(description = "The bad rows found since the last report.", nullable = true) @Size(max = 10_000) List<@NotNull @Valid ImportRowError> errors,
        @Schema(description = "The curators' edits kept since the last report.", nullable = true) @Size(max = 10_000) List<@NotNull @Valid KeptEdit> keptEdits,
        @Schema(description = "Why the run failed, when it did.", nullable = true) @Size(max = 2000) String failure) {
}
