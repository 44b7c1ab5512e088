package org.conflictmonitor.events.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Description("One event of an import, found again by its UCDP event id.")
public record ImportedEvent(
        @Description("The event as the source codes it; `ucdp` is required.") @NotNull @Valid EventRequest event,
        @Description("The fields of `event` the source states (e.g. `location`, `casualties`); the others leave what is stored alone. All when left out.") @Schema(nullable = true)
        @Size(max = 30) List<@NotNull String> fields,
        @Description("The claims behind the event, each with its key.") @Schema(nullable = true) @Size(max = 50) List<@NotNull @Valid ImportedClaim> claims) {
}
