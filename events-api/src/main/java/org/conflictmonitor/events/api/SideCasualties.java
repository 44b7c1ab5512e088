package org.conflictmonitor.events.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Killed and injured on one side of an event.")
@Description("Killed and injured on one side of an event.")
@Type("SideCasualties")
@Input("SideCasualtiesInput")
public record SideCasualties(
        @Description("The side. One of A, B.") @Schema(implementation = Side.class, description = "The side.") @NotNull @OneOf(Side.class) String side,
        @Description("Killed on this side.") @Schema(description = "Killed on this side.", nullable = true) @Valid Estimate killed,
        @Description("Injured on this side.") @Schema(description = "Injured on this side.", nullable = true) @Valid Estimate injured) {
}
