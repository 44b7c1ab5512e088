package org.conflictmonitor.actors.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What a bulk resolve-or-create did for one item: CREATED (no actor had its key; this item created one), EXISTING (an actor had it, or an earlier item of the same request created it).")
public enum ActorBulkStatus {
    CREATED,
    EXISTING
}
