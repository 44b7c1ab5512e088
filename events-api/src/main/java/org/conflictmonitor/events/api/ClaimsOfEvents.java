package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The claims of each of many events, in the order asked.")
public record ClaimsOfEvents(
        @Schema(description = "One entry per known event asked for.") List<Entry> results,
        @Schema(description = "Ids asked for that match no event the caller may see.") List<UUID> missing) {

    @Schema(description = "The claims of one event, oldest first.")
    public record Entry(
            @Schema(description = "The event id.") UUID eventId,
            @Schema(description = "Its claims, contradicting ones side by side.") List<ClaimDto> claims) {
    }
}
