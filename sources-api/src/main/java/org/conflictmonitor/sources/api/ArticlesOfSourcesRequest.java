package org.conflictmonitor.sources.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.paging.PageLimits;

@Schema(description = "Many source ids, to get the newest articles of each in one call.")
public record ArticlesOfSourcesRequest(
        @Schema(description = "The source ids, at most 500.") @NotEmpty @Size(max = PageLimits.MAX_BATCH) List<@NotNull UUID> ids,
        @Schema(description = "At most this many articles per source (newest first), 1 to 100; 20 when left out.", nullable = true)
        @Min(1) @Max(100) Integer limitPerId) {
}
