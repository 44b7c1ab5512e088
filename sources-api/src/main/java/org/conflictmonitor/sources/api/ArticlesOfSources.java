package org.conflictmonitor.sources.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The newest articles of each of many sources, in the order asked.")
public record ArticlesOfSources(
        @Schema(description = "One entry per known source asked for.") List<Entry> results,
        @Schema(description = "Ids asked for that match no source.") List<UUID> missing) {

    @Schema(name = "ArticlesOfSource", description = "The newest articles of one source.")
    public record Entry(
            @Schema(description = "The source id.") UUID sourceId,
            @Schema(description = "Its newest articles, at most the limit asked for.") List<ArticleSummaryDto> articles) {
    }
}
