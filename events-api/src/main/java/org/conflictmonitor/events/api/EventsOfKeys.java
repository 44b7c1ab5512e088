package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("The events of each of many actors or articles, in the order asked.")
@Type("EventsOfKeys")
public record EventsOfKeys(
        @Description("One entry per id asked for.") List<Entry> results) {

    @Description("The events of one actor or article, newest first.")
    @Schema(name = "EventsOfKey")
    public record Entry(
            @Description("The actor or article id.") @Id UUID id,
            @Description("Its events, newest first, at most the limit asked for.") List<EventDto> events) {
    }
}
