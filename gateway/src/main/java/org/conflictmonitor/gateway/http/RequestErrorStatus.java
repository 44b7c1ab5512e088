package org.conflictmonitor.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionResult;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;

/**
 * GraphQL over HTTP: with {@code application/graphql-response+json}, a request error (a body that is
 * not a GraphQL request, a document that does not parse or validate, or one the limits refuse) is a
 * 400, not a 200 with errors. SmallRye GraphQL answers 200 for both media types, so what happened to
 * each request is noted in its Vert.x context (which this filter and SmallRye's handler share) and
 * the status set just before the headers go out. With {@code application/json} the status stays
 * 200, as the specification requires for that type.
 */
@ApplicationScoped
public class RequestErrorStatus {

    static final String MEDIA_TYPE = "application/graphql-response+json";
    private static final String OUTCOME = RequestErrorStatus.class.getName() + ".outcome";

    /** What became of one request; written on the request's event loop only. */
    static final class Outcome {
        volatile boolean executed;
        volatile boolean withoutData;

        boolean isRequestError() {
            return !executed || withoutData;
        }
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            io.vertx.core.Context context = Vertx.currentContext();
            if (rc.normalizedPath().equals("/graphql") && context != null) {
                Outcome outcome = new Outcome();
                context.putLocal(OUTCOME, outcome);
                rc.addHeadersEndHandler(ignored -> {
                    String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
                    if (type != null && type.startsWith(MEDIA_TYPE) && rc.response().getStatusCode() == 200 && outcome.isRequestError()) {
                        rc.response().setStatusCode(400);
                    }
                });
            }
            rc.next();
        }, 800);
    }

    private static Outcome current() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context != null && context.getLocal(OUTCOME) instanceof Outcome outcome ? outcome : null;
    }

    /**
     * Notes that execution began (always on the request's event loop), and that it ended without
     * data, which happens only for request errors, before any field is fetched, on that same loop.
     */
    public static final class ExecutionOutcome implements EventingService {

        @Override
        public String getConfigKey() {
            return null; // always on
        }

        @Override
        public void beforeExecute(Context context) {
            Outcome outcome = current();
            if (outcome != null) {
                outcome.executed = true;
            }
        }

        @Override
        public void afterExecute(Context context) {
            ExecutionResult result = context.unwrap(ExecutionResult.class);
            Outcome outcome = current();
            if (outcome != null && result != null && !result.isDataPresent()) {
                outcome.withoutData = true;
            }
        }
    }
}
