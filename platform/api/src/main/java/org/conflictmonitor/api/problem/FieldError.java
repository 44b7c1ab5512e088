package org.conflictmonitor.api.problem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * One invalid field of a request.
 */
@Description("One invalid field of a request.")
@Type("FieldError")
public record FieldError(
        @Description("Path of the field in the request, e.g. `name`, `aliases[1].lang` or the query parameter `limit`.") String field,
        @Description("What is wrong with its value.") String message) {
}
