package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What ingesting one article did: CREATED (stored), EXISTING (its canonical URL was stored already; nothing changed), DUPLICATE (stored, but the same text is stored at another URL: see `duplicateOf`), REJECTED (not stored: see `problem`).")
@Description("What ingesting one article did: CREATED (stored), EXISTING (its canonical URL was stored already; nothing changed), DUPLICATE (stored, but the same text is stored at another URL: see `duplicateOf`), REJECTED (not stored: see `problem`).")
public enum IngestStatus {
    CREATED,
    EXISTING,
    DUPLICATE,
    REJECTED
}
