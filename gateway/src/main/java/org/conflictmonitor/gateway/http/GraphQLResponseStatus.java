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
 * GraphQL over HTTP: the media type and status of each answer SmallRye GraphQL gives. The type is
 * the one the client's Accept header chose ({@link ResponseMediaType}; SmallRye would answer
 * anything-goes ({@code *}/{@code *}) with the newer type, which older clients do not know). With
 * {@code application/graphql-response+json}, a request error (a document that does not parse or
 * validate, or one the limits refuse) is a 400, not a 200 with errors; SmallRye answers 200 for
 * both types, so what happened to each request is noted in its Vert.x context (which this filter
 * and SmallRye's handler share) and the status set just before the headers go out. With
 * {@code application/json} the status stays 200, as the specification requires for that type.
 */
@ApplicationScoped
public class GraphQLResponseStatus {

    private static final String OUTCOME = GraphQLResponseStatus.class.getName() + ".outcome";

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
            if (rc.normalizedPath().equals(GraphQLRequestGate.PATH) && context != null) {
                Outcome outcome = new Outcome();
                context.putLocal(OUTCOME, outcome);
                rc.addHeadersEndHandler(ignored -> {
                    String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
                    if (type == null || !isGraphQLAnswer(type)) {
                        return;
                    }
                    ResponseMediaType chosen = ResponseMediaType.negotiate(rc).orElse(ResponseMediaType.JSON);
                    rc.response().putHeader(HttpHeaders.CONTENT_TYPE, chosen.contentType());
                    if (chosen == ResponseMediaType.GRAPHQL_RESPONSE && rc.response().getStatusCode() == 200 && outcome.isRequestError()) {
                        rc.response().setStatusCode(400);
                    }
                });
            }
            rc.next();
        }, 800);
    }

    private static boolean isGraphQLAnswer(String type) {
        return type.startsWith(ResponseMediaType.JSON.type()) || type.startsWith(ResponseMediaType.GRAPHQL_RESPONSE.type())
                || type.startsWith("application/graphql+json");
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
