package org.conflictmonitor.events.api;

import java.time.LocalDate;
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
        @Min(1) @Max(100) Integer limitPerId,
        @Schema(description = "Keep events that overlap the period starting on this day.", nullable = true) LocalDate from,
        @Schema(description = "Keep events that overlap the period ending on this day.", nullable = true) LocalDate to,
        @Schema(description = "Keep events of this ACLED event type.", nullable = true) EventType eventType) {

    /** Only ids and a limit: every event of each key. */
    public KeysRequest(List<UUID> ids, Integer limitPerId) {
        this(ids, limitPerId, null, null, null);
    }
}
