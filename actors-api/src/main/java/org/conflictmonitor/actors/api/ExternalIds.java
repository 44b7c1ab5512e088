package org.conflictmonitor.actors.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Identifiers of the actor in other datasets.")
public record ExternalIds(
        @Schema(description = "Wikidata item id.", examples = "Q80938", nullable = true)
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q80938") String wikidata,
        @Schema(description = "UCDP actor id (the `side_a_new_id`/`side_b_new_id` of UCDP datasets).", examples = "111", nullable = true)
        @Positive Integer ucdpActorId) {
}
