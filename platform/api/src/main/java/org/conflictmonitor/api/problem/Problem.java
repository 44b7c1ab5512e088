package org.conflictmonitor.api.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the one error format of every service.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem")
@Description("RFC 9457 problem details, sent as application/problem+json for every error.")
@Type("Problem")
public record Problem(
        @Description("URI that identifies the kind of problem.") String type,
        @Description("Short summary of the kind of problem.") String title,
        @Description("The HTTP status code.") int status,
        @Description("What went wrong in this request, in words a person can act on.") String detail,
        @Description("The path of the request that failed.") String instance,
        @Description("Each invalid field of the request and what is wrong with it.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
