package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a claim says was suffered on one side.")
@Description("What a claim says was suffered on one side.")
@Type("ClaimFigures")
@Input("ClaimFiguresInput")
public record ClaimFigures(
        @Description("The side. One of A, B.") @Schema(implementation = Side.class, description = "The side.") @NotNull @OneOf(Side.class) String side,
        @Description("Killed on this side, as claimed; null when the claim does not say.") @Schema(description = "Killed on this side, as claimed; null when the claim does not say.", nullable = true) @PositiveOrZero Integer killed,
        @Description("Injured on this side, as claimed; null when the claim does not say.") @Schema(description = "Injured on this side, as claimed; null when the claim does not say.", nullable = true) @PositiveOrZero Integer injured) {
}
