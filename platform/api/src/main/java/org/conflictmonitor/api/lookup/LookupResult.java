package org.conflictmonitor.api.lookup;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Description("The resources found for a batch of ids.")
@Type("LookupResult")
public record LookupResult<T>(
        @Description("The resources found, in the order their ids were asked for, each once.") List<T> items,
        @Description("Requested ids that match nothing.") @Id List<UUID> missing) {
}
