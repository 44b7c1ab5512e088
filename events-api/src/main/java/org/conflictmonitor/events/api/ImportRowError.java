package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A row of the file that was not imported, and why.")
public record ImportRowError(
        @Schema(description = "The row's ordinal in the file, 1 being the first row after the header; 0 for the file as a whole.") @PositiveOrZero long row,
        @Schema(description = "The column at fault, as the file names it; null when the row as a whole is.", nullable = true) @Size(max = 100) String column,
        @Schema(description = "What is wrong.") @NotBlank @Size(max = 1000) String reason) {
}
