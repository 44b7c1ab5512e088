package org.conflictmonitor.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.IngestStatus;

@Description("What ingesting one article did.")
public record ArticleIngestion(
        @Description("CREATED, EXISTING (its canonical URL was stored already; nothing changed) or DUPLICATE (stored, same text as another URL).") @NonNull IngestStatus status,
        @Description("The stored article.") @NonNull ArticleSummaryDto article) {
}
