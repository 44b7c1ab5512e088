package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A news outlet or a body that makes statements, rated for reliability.")
public record SourceDto(
        @Schema(description = "Stable id of the source.") UUID id,
        @Schema(description = "Name of the source.") String name,
        @Schema(description = "What kind of source this is.") SourceKind kind,
        @Schema(description = "Home page.", nullable = true) String homepageUrl,
        @Schema(description = "Web domains its articles are published under; articles posted without a source are matched to one by their URL's domain.") List<String> domains,
        @Schema(description = "ISO 3166-1 alpha-3 country of the source.", nullable = true) String country,
        @Schema(description = "BCP 47 tags of the languages it publishes in.") List<String> languages,
        @Schema(description = "Who owns it.") Ownership ownership,
        @Schema(description = "Its reliability grade.") ReliabilityDto reliability,
        @Schema(description = "Id of the actor (actors-service) this source speaks for, e.g. a ministry for its press service.", nullable = true) UUID actorId,
        @Schema(description = "RSS or Atom feeds of the source.") List<String> feedUrls,
        @Schema(description = "When the source was created.") OffsetDateTime createdAt,
        @Schema(description = "Who created it.") String createdBy,
        @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,
        @Schema(description = "Version for optimistic locking: send it back with an update.") int version) {
}
