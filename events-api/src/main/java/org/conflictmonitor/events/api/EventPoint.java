package org.conflictmonitor.events.api;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Description("An event as a map draws it: where, and how many were killed.")
@Type("EventPoint")
public record EventPoint(
        @Description("Id of the event.") @Id @NonNull UUID id,
        @Description("Latitude, WGS 84.") double latitude,
        @Description("Longitude, WGS 84.") double longitude,
        @Description("Best estimate of killed; null when no figure is known.") Integer killed) {
}
