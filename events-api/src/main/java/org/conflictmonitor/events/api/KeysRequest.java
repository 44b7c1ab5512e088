package org.conflictmonitor.events.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.conflictmonitor.api.paging.PageLimits;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("Many actor or article ids, to get the events of each in one call.")
@Input("KeysInput")
public record KeysRequest(
        @Description("The ids, at most 500.") @NotEmpty @Size(max = PageLimits.MAX_BATCH) List<@NotNull UUID> ids,
        @Description("At most this many events per id (newest first), 1 to 100; 20 when left out.") @Schema(nullable = true)
        @Min(1) @Max(100) Integer limitPerId,
        @Description("Keep events that overlap the period starting on this day.") @Schema(nullable = true) LocalDate from,
        @Description("Keep events that overlap the period ending on this day.") @Schema(nullable = true) LocalDate to,
        @Description("Keep events of this ACLED event type.") @Schema(nullable = true) EventType eventType) {

    /** Only ids and a limit: every event of each key. */
    public KeysRequest(List<UUID> ids, Integer limitPerId) {
        this(ids, limitPerId, null, null, null);
    }

    /** The same question for other ids: how a caller with more ids than one request takes splits it. */
    public KeysRequest withIds(List<UUID> otherIds) {
        return new KeysRequest(otherIds, limitPerId, from, to, eventType);
    }
}
