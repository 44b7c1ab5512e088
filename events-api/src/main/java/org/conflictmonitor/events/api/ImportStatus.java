package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What an import did to one event: CREATED, UPDATED, UNCHANGED (the same values again), OLDER_VERSION (the stored coding comes from a newer dataset version, so nothing was changed), LINKED (an event curators made before is this UCDP event: it gained the UCDP coding and the import's claims and kept its fields, the differing ones listed in keptEdits).")
public enum ImportStatus {
    CREATED,
    UPDATED,
    UNCHANGED,
    OLDER_VERSION,
    LINKED
}
