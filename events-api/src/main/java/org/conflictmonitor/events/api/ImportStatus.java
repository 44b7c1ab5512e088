package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did to one event: CREATED, UPDATED, UNCHANGED (the same values again), OLDER_VERSION (the stored coding comes from a newer dataset version, so nothing was changed).")
@Description("What an import did to one event: CREATED, UPDATED, UNCHANGED (the same values again), OLDER_VERSION (the stored coding comes from a newer dataset version, so nothing was changed).")
public enum ImportStatus {
    CREATED,
    UPDATED,
    UNCHANGED,
    OLDER_VERSION
}
