package org.conflictmonitor.actors.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Description("The duplicate to merge into the actor in the path.")
@Input("MergeInput")
public record MergeRequest(
        @Description("Id of the duplicate actor. Its name becomes an alias of the survivor; its aliases, relations and external ids move over.") 
        @NotNull UUID duplicateId) {
}
