package org.conflictmonitor.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a run imports: UCDP_GED (UCDP's Georeferenced Event Dataset) or UCDP_ACD (the UCDP/PRIO Armed Conflict Dataset).")
public enum ImportKind {
    UCDP_GED,
    UCDP_ACD
}
