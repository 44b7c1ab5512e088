package org.conflictmonitor.common.error;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;

/**
 * A failure the client caused, carried to {@link ProblemMapper} which renders it as problem+json.
 * It is a {@link WebApplicationException} so that it passes unchanged through the layers of RESTEasy
 * that wrap other exceptions, such as parameter conversion.
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, status);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** Carries a problem described elsewhere, e.g. one item's rejection in a batch, as the failure of a request. */
    public static ProblemException of(Problem problem) {
        return new ProblemException(problem.status(), problem.type(), problem.title(), problem.detail(),
                problem.errors() == null ? List.of() : problem.errors());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemType.NOT_FOUND, "Not found", what + " " + id + " does not exist.", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemType.CONFLICT, "Conflict", detail, List.of());
    }

    public static ProblemException staleVersion(String what, Object id, int sent, int current) {
        return conflict(what + " " + id + " was changed by someone else: you sent version " + sent
                + " but the current version is " + current + ". Reload it and apply your change again.");
    }

    public static ProblemException unprocessable(String detail, List<FieldError> errors) {
        return new ProblemException(422, ProblemType.UNPROCESSABLE, "Unprocessable request", detail, errors);
    }

    public static ProblemException unavailable(String service, String detail) {
        return new ProblemException(503, ProblemType.SERVICE_UNAVAILABLE, service + " unavailable", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemType.VALIDATION, "Invalid request",
                "The request has 1 invalid field.", List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
