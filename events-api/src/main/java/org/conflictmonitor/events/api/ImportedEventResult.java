package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("What an import did to one event.")
public record ImportedEventResult(
        @Description("Its UCDP event id.") long ucdpEventId,
        @Description("The event.") @Id UUID id,
        @Description("What happened to it.") ImportStatus status,
        @Description("The fields the import changed.") List<String> changedFields,
        @Description("Fields a curator changed since the last import, where the import says something else: kept as the curator left them.") List<String> keptEdits,
        @Description("How many of its claims the import added or changed.") int claimsWritten) {
}
