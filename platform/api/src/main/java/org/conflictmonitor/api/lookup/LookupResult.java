package org.conflictmonitor.api.lookup;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The resources found for a batch of ids.")
public record LookupResult<T>(
        @Schema(description = "The resources found, in the order their ids were asked for, each once.") List<T> items,
        @Schema(description = "Requested ids that match nothing.") List<UUID> missing) {
}
