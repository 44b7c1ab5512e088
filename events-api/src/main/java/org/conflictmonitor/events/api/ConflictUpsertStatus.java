package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What a bulk upsert did to one conflict: CREATED (no conflict had its UCDP id), UPDATED (it had, and some value changed; its version went up by one), UNCHANGED (nothing would change; same version).")
public enum ConflictUpsertStatus {
    CREATED,
    UPDATED,
    UNCHANGED
}
