package org.conflictmonitor.sources.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Description("The outcome of a bulk ingest: counts, and one result per article in request order.")
@Type("BulkIngestResult")
public record BulkIngestResult(
        @Description("How many were stored as new.") int created,
        @Description("How many were stored already under the same canonical URL, or as the same citation.") int existing,
        @Description("How many were stored but flagged as duplicates of the same text elsewhere.") int duplicates,
        @Description("How many were refused.") int rejected,
        @Description("One result per article, in request order.") List<IngestResult> results) {
}
