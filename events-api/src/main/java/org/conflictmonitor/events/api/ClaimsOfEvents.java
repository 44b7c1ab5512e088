package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("The claims of each of many events, in the order asked.")
@Type("ClaimsOfEvents")
public record ClaimsOfEvents(
        @Description("One entry per known event asked for.") List<Entry> results,
        @Description("Ids asked for that match no event the caller may see.") @Id List<UUID> missing) {

    @Description("The claims of one event, oldest first.")
    @Schema(name = "ClaimsOfEvent")
    public record Entry(
            @Description("The event id.") @Id UUID eventId,
            @Description("Its claims, contradicting ones side by side.") List<ClaimDto> claims) {
    }
}
