package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a bulk upsert did to one conflict: CREATED (no conflict had its UCDP id), UPDATED (it had, and some value changed; its version went up by one), UNCHANGED (nothing would change; same version).")
@Description("What a bulk upsert did to one conflict: CREATED (no conflict had its UCDP id), UPDATED (it had, and some value changed; its version went up by one), UNCHANGED (nothing would change; same version).")
public enum ConflictUpsertStatus {
    CREATED,
    UPDATED,
    UNCHANGED
}
