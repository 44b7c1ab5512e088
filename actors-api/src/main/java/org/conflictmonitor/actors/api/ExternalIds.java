package org.conflictmonitor.actors.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("Identifiers of the actor in other datasets.")
@Type("ExternalIds")
@Input("ExternalIdsInput")
public record ExternalIds(
        @Description("Wikidata item id.") @Schema(examples = "Q80938", nullable = true)
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q80938") String wikidata,
        @Description("UCDP actor id (the `side_a_new_id`/`side_b_new_id` of UCDP datasets).") @Schema(examples = "111", nullable = true)
        @Positive Integer ucdpActorId,
        @Description("UCDP actor name, exactly as UCDP datasets write it (the `side_a`/`side_b` of GED); case and spaces count. Unique, like the ids.") @Schema(examples = "Government of Azerbaijan", nullable = true)
        @Size(max = UcdpKey.MAX_NAME) @Pattern(regexp = UcdpKey.NAME_PATTERN, message = UcdpKey.NAME_MESSAGE) String ucdpName) {
}
