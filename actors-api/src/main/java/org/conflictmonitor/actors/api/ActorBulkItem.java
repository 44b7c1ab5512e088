package org.conflictmonitor.actors.api;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.conflictmonitor.api.validation.FieldRules;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Description("One actor of a bulk resolve-or-create: the UCDP key it is found by, and what to create it with if it is missing.")
@Input("ActorBulkItemInput")
@FieldRules
public record ActorBulkItem(
        @Description("The UCDP actor id and/or exact UCDP name the actor is found by; at least one.") 
        @NotNull @Valid UcdpKey key,
        @Description("The actor to create if none has this key; ignored if one has. Its UCDP id and name come from `key`: leave them out of `externalIds` or repeat them unchanged.") 
        @NotNull @Valid ActorRequest actor) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Broken broken) {
        if (key == null) {
            return;
        }
        if (key.ucdpActorId() == null && key.ucdpName() == null) {
            broken.rule("key", "must have a ucdpActorId or a ucdpName");
        }
        ExternalIds ids = actor == null ? null : actor.externalIds();
        if (ids != null && ids.ucdpActorId() != null && !Objects.equals(ids.ucdpActorId(), key.ucdpActorId())) {
            broken.rule("actor.externalIds.ucdpActorId", "must be left out or equal key.ucdpActorId");
        }
        if (ids != null && ids.ucdpName() != null && !Objects.equals(ids.ucdpName(), key.ucdpName())) {
            broken.rule("actor.externalIds.ucdpName", "must be left out or equal key.ucdpName");
        }
    }
}
