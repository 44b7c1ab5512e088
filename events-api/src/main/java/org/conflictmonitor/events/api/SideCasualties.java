package org.conflictmonitor.events.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Killed and injured on one side of an event.")
public record SideCasualties(
        @Schema(implementation = Side.class, description = "The side.") @NotNull @OneOf(Side.class) String side,
        @Schema(description = "Killed on this side.", nullable = true) @Valid Estimate killed,
        @Schema(description = "Injured on this side.", nullable = true) @Valid Estimate injured) {
}
