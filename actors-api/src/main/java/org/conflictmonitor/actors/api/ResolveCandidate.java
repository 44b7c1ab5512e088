package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor a free-text name may refer to.")
@Description("An actor a free-text name may refer to.")
@Type("ResolveCandidate")
public record ResolveCandidate(
        @Description("The candidate actor.") @Schema(description = "The candidate actor.") ActorDto actor,
        @Description("How well the name matches, from 0 (not at all) to 1 (exactly).") @Schema(description = "How well the name matches, from 0 (not at all) to 1 (exactly).") double score,
        @Description("The name or alias of the actor that matched best.") @Schema(description = "The name or alias of the actor that matched best.") String matchedName) {
}
