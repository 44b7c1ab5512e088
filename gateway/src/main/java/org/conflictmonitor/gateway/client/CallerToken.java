package org.conflictmonitor.gateway.client;

import java.util.Optional;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The Authorization header a GraphQL request arrived with, kept in the request's own Vert.x
 * context for as long as any work started for it runs. The CDI request context (and with it the
 * injected token) ends when the caller disconnects, while resolvers already under way go on: they
 * must still call the services as that caller, not without a token.
 */
public final class CallerToken {

    private static final String KEY = CallerToken.class.getName();

    private CallerToken() {
    }

    /** Keeps the header of the request that has just passed authentication. */
    public static void keep(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && onRequestContext()) {
            ContextLocals.put(KEY, authorization);
        }
    }

    /** The header kept for the request this thread works on, if any. */
    public static Optional<String> authorization() {
        return onRequestContext() ? ContextLocals.get(KEY) : Optional.empty();
    }

    private static boolean onRequestContext() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }
}
