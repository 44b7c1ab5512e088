package org.conflictmonitor.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "What one source said about an event, citing one article.")
public record ClaimDto(
        @Schema(description = "Stable id.") UUID id,
        @Schema(description = "The event.") UUID eventId,
        @Schema(description = "The article it comes from (sources-service id).") UUID articleId,
        @Schema(description = "Who asserts it (actors-service id), e.g. a defence ministry; not the outlet that relayed it.") UUID claimantActorId,
        @Schema(description = "What the claim says, in short.") String summary,
        @Schema(description = "The claim word for word, as quoted in the article.", nullable = true) String quote,
        @Schema(description = "Killed and injured per side, as claimed.") List<ClaimFigures> figures,
        @Schema(description = "The actor the claim blames as initiator, if any.", nullable = true) UUID initiatorActorId,
        @Schema(description = "Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.") int credibility,
        @Schema(description = "When it was recorded.") OffsetDateTime createdAt,
        @Schema(description = "Who recorded it.") String createdBy,
        @Schema(description = "When it was last changed.") OffsetDateTime updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,
        @Schema(description = "Version for optimistic locking.") int version) {
}
