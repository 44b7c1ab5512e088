package org.conflictmonitor.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;

/**
 * Refuses a request whose declared length is over {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 before reading it. (Vert.x refuses it anyway, but with an empty body.)
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                JsonObject problem = new JsonObject()
                        .put("type", ProblemType.TOO_LARGE)
                        .put("title", "Request too large")
                        .put("status", 413)
                        .put("detail", "The request body is " + length + " bytes; this service accepts at most " + maxBytes + ".")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        }, 1000);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
