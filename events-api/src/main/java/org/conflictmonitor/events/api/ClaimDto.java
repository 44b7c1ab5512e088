package org.conflictmonitor.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.identity.Node;

@Schema(name = "Claim")
@Description("What one source said about an event, citing one article.")
@Type("Claim")
public record ClaimDto(
        @Description("Stable id.") @Id @NonNull UUID id,
        @Description("The event.") @Id UUID eventId,
        @Description("The article it comes from (sources-service id).") @Id UUID articleId,
        @Description("Who asserts it (actors-service id), e.g. a defence ministry; not the outlet that relayed it. Null when the article does not say: the outlet then speaks for itself.") @Schema(nullable = true) @Id UUID claimantActorId,
        @Description("What the claim says, in short.") String summary,
        @Description("The claim word for word, as quoted in the article.") @Schema(nullable = true) String quote,
        @Description("What kind of act the claim says happened (ACLED sub-event type, e.g. SHELLING_ARTILLERY_MISSILE_ATTACK against ARMED_CLASH); null when it does not say.") @Schema(nullable = true) SubEventType subEventType,
        @Description("Killed and injured as claimed, each figure with whose losses it counts; a figure not stated is absent or null, never 0.") List<Casualties> figures,
        @Description("The actor the claim blames as initiator, if any.") @Schema(nullable = true) @Id UUID initiatorActorId,
        @Description("Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.") int credibility,
        @Description("When it was recorded.") OffsetDateTime createdAt,
        @Description("Who recorded it.") String createdBy,
        @Description("When it was last changed.") OffsetDateTime updatedAt,
        @Description("Who changed it last.") String updatedBy,
        @Description("Version for optimistic locking.") int version) implements Node {
}
