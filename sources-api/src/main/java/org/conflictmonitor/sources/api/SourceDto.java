package org.conflictmonitor.sources.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.identity.Node;

@Schema(name = "Source")
@Description("A news outlet or a body that makes statements, rated for reliability.")
@Type("Source")
public record SourceDto(
        @Description("Stable id of the source.") @Id @NonNull UUID id,
        @Description("Name of the source.") String name,
        @Description("What kind of source this is.") SourceKind kind,
        @Description("Home page.") @Schema(nullable = true) String homepageUrl,
        @Description("Web domains its articles are published under; articles posted without a source are matched to one by their URL's domain.") List<String> domains,
        @Description("ISO 3166-1 alpha-3 country of the source.") @Schema(nullable = true) String country,
        @Description("BCP 47 tags of the languages it publishes in.") List<String> languages,
        @Description("Who owns it.") Ownership ownership,
        @Description("Its reliability grade.") ReliabilityDto reliability,
        @Description("Id of the actor (actors-service) this source speaks for, e.g. a ministry for its press service.") @Schema(nullable = true) @Id UUID actorId,
        @Description("RSS or Atom feeds of the source.") List<String> feedUrls,
        @Description("When the source was created.") OffsetDateTime createdAt,
        @Description("Who created it.") String createdBy,
        @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking: send it back with an update.") int version) implements Node {
}
