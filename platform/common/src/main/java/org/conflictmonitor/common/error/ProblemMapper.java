package org.conflictmonitor.common.error;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;

/**
 * Renders every error of a REST call as RFC 9457 problem+json. What the client caused is said
 * plainly; what the server caused is logged with an id and never described to the client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private final DatabaseOutageLog outages;

    public ProblemMapper(DatabaseOutageLog outages) {
        this.outages = outages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isReturnValue)) {
            return internal(e, uri);
        }
        List<FieldError> errors = Violations.fieldErrors(e.getConstraintViolations());
        return respond(new Problem(ProblemType.VALIDATION, "Invalid request", 400, Violations.describe(errors), path(uri), errors));
    }

    // Quarkus maps MismatchedInputException itself, in a body of its own; naming it here takes precedence.
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class })
    public Response malformed(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(new Problem(ProblemType.MALFORMED_REQUEST, "Malformed request", 400,
                    "The request body is not a JSON value of the expected shape.", path(uri), List.of()));
        }
        return respond(new Problem(ProblemType.VALIDATION, "Invalid request", 400,
                "The request has 1 invalid field.", path(uri),
                List.of(new FieldError(field, "has a value of the wrong type or format"))));
    }

    @ServerExceptionMapper
    public Response unparsable(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(ProblemType.MALFORMED_REQUEST, "Malformed request", 400,
                "The request body is not valid JSON.", path(uri), List.of()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(ProblemType.UNAUTHORIZED, "Unauthorized", 401,
                "Send a valid, unexpired bearer token from the conflict-monitor realm.", path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemType.FORBIDDEN, "Forbidden", 403,
                "Your roles do not allow this operation.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps what Jackson found; unwrap it to name the field.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return malformed(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return unparsable(parsing, uri);
        }
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            return internal(e, uri);
        }
        if (original.getStatus() == 400) {
            return respond(new Problem(ProblemType.MALFORMED_REQUEST, "Malformed request", 400,
                    "The request could not be read: its body is not valid JSON, or a parameter has the wrong format.",
                    path(uri), List.of()));
        }
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder builder = Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemType.HTTP, status.getReasonPhrase(), status.getStatusCode(),
                        detailOf(status.getStatusCode()), path(uri), List.of()));
        // Allow (405) and similar headers tell the client how to do it right.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response internal(Exception e, UriInfo uri) {
        Optional<SQLException> databaseAway = DatabaseUnavailable.causeOf(e);
        if (databaseAway.isPresent()) {
            outages.unavailable(databaseAway.get());
            return Response.fromResponse(respond(new Problem(ProblemType.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                    "The service's database is unavailable; send the request again shortly.", path(uri), List.of())))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", incident, path(uri));
        return respond(new Problem(ProblemType.INTERNAL, "Internal server error", 500,
                "The server failed to handle this request. Report incident " + incident + " to the operators.",
                path(uri), List.of()));
    }

    /** The response carrying a problem, for the mappers of other modules too. */
    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource cannot produce a representation you accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            default -> "The request cannot be handled as sent.";
        };
    }

    /** The request path a problem names as its instance. */
    public static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
