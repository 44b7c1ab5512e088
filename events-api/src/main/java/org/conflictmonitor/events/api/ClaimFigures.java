package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a claim says was suffered on one side.")
public record ClaimFigures(
        @Schema(implementation = Side.class, description = "The side.") @NotNull @OneOf(Side.class) String side,
        @Schema(description = "Killed on this side, as claimed; null when the claim does not say.", nullable = true) @PositiveOrZero Integer killed,
        @Schema(description = "Injured on this side, as claimed; null when the claim does not say.", nullable = true) @PositiveOrZero Integer injured) {
}
