package org.conflictmonitor.actors.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationInput")
@Description("A relation from the actor in the path (the subject) to another actor (the object).")
@Input("RelationInput")
public record RelationRequest(
        @Description("How the subject stands to the object.") @Schema(implementation = RelationType.class, description = "How the subject stands to the object.")
        @NotNull @OneOf(RelationType.class) String type,
        @Description("Id of the object actor.") 
        @Id @NotNull UUID objectId,
        @Description("First day the relation held, if known.") @Schema(nullable = true) LocalDate validFrom,
        @Description("Last day it held; leave out while it still holds.") @Schema(nullable = true) @JsonProperty("validTo") LocalDate validTo,
        @Description("Title of the position or membership.") @Schema(examples = "Minister of Foreign Affairs", nullable = true)
        @Size(max = 300) String title) {

    @AssertTrue(message = "must not be before validFrom")
    @Schema(hidden = true)
    // Named after the field it checks, so a violation names that field; not a property of its own.
    @JsonIgnore
    @Ignore
    public boolean isValidTo() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }
}
