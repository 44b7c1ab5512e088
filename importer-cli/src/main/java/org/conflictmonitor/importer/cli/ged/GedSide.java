package org.conflictmonitor.importer.cli.ged;

import org.conflictmonitor.actors.api.ActorKind;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.ExternalIds;
import org.conflictmonitor.actors.api.UcdpKey;
import org.conflictmonitor.importer.ucdp.GedColumn;
import org.conflictmonitor.importer.ucdp.GedEvent;

/**
 * A side of a GED event as an actor: found by UCDP actor id where the file has one, else by its exact
 * UCDP name. Side B of one-sided violence is the civilians UCDP counts, not an actor.
 *
 * @param ucdpActorId null when the file has no actor ids (the 176k extract)
 */
public record GedSide(Integer ucdpActorId, String name) {

    private static final int ONE_SIDED = 3;

    /** Side A, or null when the row does not name it. */
    public static GedSide a(GedEvent event) {
        return of(event.has(GedColumn.SIDE_A_NEW_ID) ? event.sideANewId() : null, event.sideA());
    }

    /** Side B, or null when the row does not name it or it is the civilians of one-sided violence. */
    public static GedSide b(GedEvent event) {
        if (event.typeOfViolence() != null && event.typeOfViolence() == ONE_SIDED) {
            return null;
        }
        return of(event.has(GedColumn.SIDE_B_NEW_ID) ? event.sideBNewId() : null, event.sideB());
    }

    private static GedSide of(Integer id, String name) {
        return name == null || name.isBlank() ? null : new GedSide(id, name.strip());
    }

    public UcdpKey key() {
        return new UcdpKey(ucdpActorId, name);
    }

    /**
     * The actor to create when none has this key. UCDP's parties are governments ("Government of …")
     * or organised non-state groups; that is all the file says of them.
     */
    public ActorRequest newActor() {
        ActorKind kind = name.startsWith("Government of ") ? ActorKind.STATE : ActorKind.NON_STATE_ARMED_GROUP;
        return new ActorRequest(kind.name(), name, null, null, null, new ExternalIds(null, ucdpActorId, name), null);
    }
}
