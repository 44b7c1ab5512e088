package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Description("The events matching a filter that have coordinates, newest first, for a map: all of them, or the newest up to the limit.")
@Type("EventPoints")
public record EventPoints(
        @Description("The events, newest first.") @NonNull List<@NonNull EventPoint> points,
        @Description("True when these are all the matching events with coordinates; false when the limit cut the list, and a narrower filter shows the rest.") boolean complete) {

    /** The most points one request gives. */
    public static final int MAX = 100_000;
}
