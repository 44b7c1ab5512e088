package org.conflictmonitor.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field of a request.
 */
@Schema(description = "One invalid field of a request.")
public record FieldError(
        @Schema(description = "Path of the field in the request, e.g. `name`, `aliases[1].lang` or the query parameter `limit`.") String field,
        @Schema(description = "What is wrong with its value.") String message) {
}
