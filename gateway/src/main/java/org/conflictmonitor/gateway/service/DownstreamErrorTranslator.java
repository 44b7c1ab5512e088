package org.conflictmonitor.gateway.service;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.common.error.Violations;
import org.conflictmonitor.gateway.error.ErrorCode;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.error.ServiceUnavailableError;
import org.conflictmonitor.gateway.service.DownstreamHealth.Reason;

/**
 * Turns what a service answered into the GraphQL error a client can act on. It runs outside the
 * fault-tolerance interceptor, so a timeout or an open circuit is reported like a dead service.
 * Each call's outcome also goes to {@link DownstreamHealth}, which counts and logs the failures.
 */
@Downstream("")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class DownstreamErrorTranslator {

    private static final Logger LOG = Logger.getLogger(DownstreamErrorTranslator.class);

    private final DownstreamHealth health;

    @Inject
    public DownstreamErrorTranslator(DownstreamHealth health) {
        this.health = health;
    }

    @AroundInvoke
    Object translate(InvocationContext call) throws Exception {
        String service = serviceOf(call);
        try {
            Object result = call.proceed();
            health.answered(service);
            return result;
        } catch (GatewayError e) {
            throw e;
        } catch (WebApplicationException e) {
            throw fromResponse(service, e.getResponse(), e);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.debugf("%s did not answer: %s", service, e.toString());
            health.failed(service, e instanceof CircuitBreakerOpenException ? Reason.CIRCUIT_OPEN
                    : timedOut(e) ? Reason.TIMEOUT : Reason.UNREACHABLE);
            throw new ServiceUnavailableError(service);
        } catch (ConstraintViolationException e) {
            List<FieldError> fields = Violations.fieldErrors(e.getConstraintViolations());
            throw GatewayError.badUserInput(Violations.describe(fields), fields);
        }
    }

    private GatewayError fromResponse(String service, Response response, WebApplicationException e) {
        int status = response.getStatus();
        if (status >= 500) {
            LOG.debugf("%s failed with %d", service, status);
            health.failed(service, Reason.ERROR_STATUS);
            return new ServiceUnavailableError(service);
        }
        health.answered(service);
        Problem problem = problemOf(response);
        String detail = problem != null && problem.detail() != null ? problem.detail() : e.getMessage();
        List<FieldError> fields = problem != null && problem.errors() != null ? problem.errors() : List.of();
        return switch (status) {
            case 400, 422 -> GatewayError.badUserInput(detail, fields);
            case 401 -> GatewayError.of(ErrorCode.UNAUTHENTICATED, detail);
            case 403 -> GatewayError.of(ErrorCode.FORBIDDEN, detail);
            case 404 -> GatewayError.of(ErrorCode.NOT_FOUND, detail);
            case 409 -> GatewayError.of(ErrorCode.CONFLICT, detail);
            case 413 -> GatewayError.of(ErrorCode.PAYLOAD_TOO_LARGE, detail);
            default -> GatewayError.badUserInput(detail, fields);
        };
    }

    /** The gateway's own timeout, or the REST client's read timeout (Vert.x's, inside a ProcessingException), which comes first. */
    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Problem problemOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(Problem.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String serviceOf(InvocationContext call) {
        Downstream on = call.getMethod().getAnnotation(Downstream.class);
        if (on == null) {
            on = call.getMethod().getDeclaringClass().getAnnotation(Downstream.class);
        }
        return on == null ? "a service" : on.value();
    }
}
