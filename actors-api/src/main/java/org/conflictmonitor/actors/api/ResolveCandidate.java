package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("An actor a free-text name may refer to.")
@Type("ResolveCandidate")
public record ResolveCandidate(
        @Description("The candidate actor.") ActorDto actor,
        @Description("How well the name matches, from 0 (not at all) to 1 (exactly).") double score,
        @Description("The name or alias of the actor that matched best.") String matchedName) {
}
