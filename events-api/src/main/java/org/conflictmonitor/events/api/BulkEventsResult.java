package org.conflictmonitor.events.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("What a bulk import did, per event in the order sent.")
public record BulkEventsResult(
        @Description("One result per event sent, in the same order.") List<ImportedEventResult> results) {
}
