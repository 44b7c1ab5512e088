package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Many actor or article ids, to get the events of each in one call.")
public record KeysRequest(
        @Schema(description = "The ids, at most 500.") @NotEmpty @Size(max = 500) List<@NotNull UUID> ids,
        @Schema(description = "At most this many events per id (newest first), 1 to 100; 20 when left out.", nullable = true)
        @Min(1) @Max(100) Integer limitPerId) {
}
