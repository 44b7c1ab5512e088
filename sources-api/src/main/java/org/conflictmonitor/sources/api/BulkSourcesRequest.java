package org.conflictmonitor.sources.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Up to 1,000 sources to find by name, or create where missing, in one request.")
public record BulkSourcesRequest(
        @Schema(description = "The sources, 1 to 1,000; the same name may occur more than once and resolves to one source.")
        @NotEmpty @Size(max = BulkSourcesRequest.MAX_SOURCES) List<@NotNull @Valid SourceByNameRequest> sources) {

    public static final int MAX_SOURCES = 1000;
}
