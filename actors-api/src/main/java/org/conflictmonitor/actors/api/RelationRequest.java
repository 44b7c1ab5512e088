package org.conflictmonitor.actors.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationInput", description = "A relation from the actor in the path (the subject) to another actor (the object).")
public record RelationRequest(
        @Schema(implementation = RelationType.class, description = "How the subject stands to the object.")
        @NotNull @OneOf(RelationType.class) String type,
        @Schema(description = "Id of the object actor.")
        @NotNull UUID objectId,
        @Schema(description = "First day the relation held, if known.", nullable = true) LocalDate validFrom,
        @Schema(description = "Last day it held; leave out while it still holds.", nullable = true) LocalDate validTo,
        @Schema(description = "Title of the position or membership.", examples = "Minister of Foreign Affairs", nullable = true)
        @Size(max = 300) String title) {

    @AssertTrue(message = "must not be before validFrom")
    @Schema(hidden = true)
    public boolean isValidTo() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }
}
