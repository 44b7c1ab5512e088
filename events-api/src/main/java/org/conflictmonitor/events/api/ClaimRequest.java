package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimInput", description = "A claim to record under an event. Article and actor ids must exist in their services (422 otherwise).")
@Description("A claim to record under an event. Article and actor ids must exist in their services (422 otherwise).")
@Input("ClaimInput")
public record ClaimRequest(
        @Description("The article it comes from (sources-service id).") @Schema(description = "The article it comes from (sources-service id).") @NotNull UUID articleId,
        @Description("Who asserts it (actors-service id).") @Schema(description = "Who asserts it (actors-service id).") @NotNull UUID claimantActorId,
        @Description("What the claim says, in short.") @Schema(description = "What the claim says, in short.") @NotBlank @Size(max = 2000) String summary,
        @Description("The claim word for word.") @Schema(description = "The claim word for word.", nullable = true) @Size(max = 10_000) String quote,
        @Description("Killed and injured per side, as claimed.") @Schema(description = "Killed and injured per side, as claimed.", nullable = true) @Size(max = 2) @Nullable List<@NotNull @Valid ClaimFigures> figures,
        @Description("The actor the claim blames as initiator.") @Schema(description = "The actor the claim blames as initiator.", nullable = true) UUID initiatorActorId,
        @Description("Admiralty information credibility 1–6; 6 (cannot be judged) when left out.") @Schema(description = "Admiralty information credibility 1–6; 6 (cannot be judged) when left out.", nullable = true) @Min(1) @Max(6) Integer credibility,
        @Description("On update: the version you read.") @Schema(description = "On update: the version you read.", nullable = true) @PositiveOrZero Integer version) {
}
