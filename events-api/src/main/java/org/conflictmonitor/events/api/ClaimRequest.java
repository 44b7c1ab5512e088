package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.graphql.api.Nullable;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimInput")
@Description("A claim to record under an event. Article and actor ids must exist in their services (422 otherwise).")
@Input("ClaimInput")
public record ClaimRequest(
        @Description("The article it comes from (sources-service id).") @Id @NotNull UUID articleId,
        @Description("Who asserts it (actors-service id); leave it out when the article does not say, and the outlet that published it speaks for itself.") @Schema(nullable = true) @Id UUID claimantActorId,
        @Description("What the claim says, in short.") @NotBlank @Size(max = 2000) String summary,
        @Description("The claim word for word.") @Schema(nullable = true) @Size(max = 10_000) String quote,
        @Description("What kind of act the claim says happened; null when it does not say.") @Schema(implementation = SubEventType.class, description = "What kind of act the claim says happened; null when it does not say.", nullable = true) @OneOf(SubEventType.class) String subEventType,
        @Description("Killed and injured as claimed, at most one figure per scope (group and personnel); leave out what the claim does not state.") @Schema(nullable = true) @JsonProperty("figures") @Size(max = 20) @Nullable List<@NotNull @Valid Casualties> figures,
        @Description("The actor the claim blames as initiator.") @Schema(nullable = true) @Id UUID initiatorActorId,
        @Description("Admiralty information credibility 1–6; 6 (cannot be judged) when left out.") @Schema(nullable = true) @Min(1) @Max(6) Integer credibility,
        @Description("On update: the version you read.") @Schema(nullable = true) @PositiveOrZero Integer version) {

    @AssertTrue(message = "must not count the same scope (group and personnel) twice")
    @Schema(hidden = true)
    // Named after the field it checks, so a violation names that field; not a property of its own.
    @JsonIgnore
    @Ignore
    public boolean isFigures() {
        return Casualties.distinctScopes(figures);
    }
}
