package org.conflictmonitor.events.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("A claim an import records under an event, with a key that finds it again on the next import.")
public record ImportedClaim(
        @Description("Unique among the event's imported claims, stable from one import to the next, e.g. `ucdp-coding` or `ucdp-source-1`.") @Schema(examples = "ucdp-coding")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be a key of lower-case letters, digits, '.', '_' and '-'") String key,
        @Description("The claim.") @NotNull @Valid ClaimRequest claim) {
}
