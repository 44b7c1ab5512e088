package org.conflictmonitor.importer.cli.ged;

import java.util.List;
import java.util.UUID;

/**
 * What a GED event refers to, resolved in the services: its sides' actors, its conflict, the dataset's
 * citation that UCDP's coding claims cite, and one citation per {@link SourceReport}, in their order.
 * Any may be null where the row names nothing to resolve.
 */
public record EventRefs(UUID sideA, UUID sideB, UUID conflictId, UUID codingArticle, List<UUID> reportArticles) {

    public EventRefs {
        reportArticles = List.copyOf(reportArticles);
    }
}
