package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor a free-text name may refer to.")
public record ResolveCandidate(
        @Schema(description = "The candidate actor.") ActorDto actor,
        @Schema(description = "How well the name matches, from 0 (not at all) to 1 (exactly).") double score,
        @Schema(description = "The name or alias of the actor that matched best.") String matchedName) {
}
