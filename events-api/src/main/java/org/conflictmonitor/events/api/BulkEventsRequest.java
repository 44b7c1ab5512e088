package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;

@Description("A batch of imported events, created or updated by their UCDP event id.")
public record BulkEventsRequest(
        @Description("1 to 1,000 events, each UCDP event id once.") 
        @NotNull @Size(min = 1, max = MAX_EVENTS) List<@NotNull @Valid ImportedEvent> events) {

    public static final int MAX_EVENTS = 1000;
}
