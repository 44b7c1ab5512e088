package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What ingesting one article, or resolving one source by name, did: CREATED (stored), EXISTING (stored already: an article with its canonical URL, a citation with its citation key, a source with its name; nothing changed), DUPLICATE (article stored, but the same text is stored at another URL: see `duplicateOf`), REJECTED (article not stored: see `problem`).")
public enum IngestStatus {
    CREATED,
    EXISTING,
    DUPLICATE,
    REJECTED
}
