package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The events of each of many actors or articles, in the order asked.")
public record EventsOfKeys(
        @Schema(description = "One entry per id asked for.") List<Entry> results) {

    @Schema(description = "The events of one actor or article, newest first.")
    public record Entry(
            @Schema(description = "The actor or article id.") UUID id,
            @Schema(description = "Its events, newest first, at most the limit asked for.") List<EventDto> events) {
    }
}
