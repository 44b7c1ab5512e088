package org.conflictmonitor.actors.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a UCDP dataset names an actor: by its UCDP actor id where the file has one, else by its exact
 * UCDP name. That at least one is given is checked by {@link ActorBulkItem}, so that the error names
 * the key itself.
 */
@Description("How a UCDP dataset names an actor: its UCDP actor id, its exact UCDP name, or both; at least one.")
@Input("UcdpKeyInput")
public record UcdpKey(
        @Description("UCDP actor id (`side_a_new_id`/`side_b_new_id`). When given, the actor is found by it.") @Schema(examples = "118", nullable = true)
        @Positive Integer ucdpActorId,
        @Description("UCDP actor name, exactly as the dataset writes it (`side_a`/`side_b`); compared exactly, case included. Used to find the actor when no id is given.") @Schema(examples = "Government of Syria", nullable = true)
        @Size(max = MAX_NAME) @Pattern(regexp = NAME_PATTERN, message = NAME_MESSAGE) String ucdpName) {

    /** The longest UCDP name accepted, as for an actor's name. */
    public static final int MAX_NAME = 300;
    /** Not blank, no white space at either end, one line: an exact name that cannot differ by invisible padding. */
    public static final String NAME_PATTERN = "\\S(.*\\S)?";
    public static final String NAME_MESSAGE = "must not be blank, start or end with white space, or span lines";
}
