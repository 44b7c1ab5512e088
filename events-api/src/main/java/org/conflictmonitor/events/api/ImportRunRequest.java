package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An import about to start: what it reads.")
public record ImportRunRequest(
        @Schema(implementation = ImportKind.class, description = "What the file holds.") @NotNull @OneOf(ImportKind.class) String kind,
        @Schema(description = "The file's name as the importer was given it, e.g. `ucdp-ged-23.1-sample-1000.csv`.") @NotBlank @Size(max = 500) String file,
        @Schema(description = "The rows the file holds, when the importer counted them first; null when it did not.", nullable = true) @PositiveOrZero Long totalRows) {
}
