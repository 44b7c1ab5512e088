package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A field of an imported event that a curator edited since the last import, and that the import therefore left as the curator made it.")
public record KeptEdit(
        @Schema(description = "The UCDP event id.") @NotNull Long ucdpEventId,
        @Schema(description = "The event's id.") @NotNull UUID eventId,
        @Schema(description = "The field kept, e.g. `title` or `killed`.") @NotBlank @Size(max = 100) String field) {
}
