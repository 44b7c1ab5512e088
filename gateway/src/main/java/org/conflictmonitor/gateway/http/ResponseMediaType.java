package org.conflictmonitor.gateway.http;

import java.util.List;
import java.util.Optional;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The two media types of a GraphQL answer (GraphQL over HTTP), chosen from the request's Accept
 * header by weight. A client that names neither, or accepts anything, gets {@code application/json},
 * which every client understands.
 */
public enum ResponseMediaType {

    JSON("application/json"),
    GRAPHQL_RESPONSE("application/graphql-response+json");

    private final String type;

    ResponseMediaType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public String contentType() {
        return type + ";charset=utf-8";
    }

    /** Empty when the client accepts nothing a GraphQL answer can be sent as (a 406). */
    public static Optional<ResponseMediaType> negotiate(RoutingContext rc) {
        List<MIMEHeader> accepted = rc.parsedHeaders().accept();
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MIMEHeader header : accepted) {
            if ("0".equals(header.parameter("q")) || "0.0".equals(header.parameter("q"))) {
                continue;
            }
            String component = header.component();
            String sub = header.subComponent();
            if ("application".equals(component) && "graphql-response+json".equals(sub)) {
                return Optional.of(GRAPHQL_RESPONSE);
            }
            if ("application".equals(component) && "json".equals(sub) || "*".equals(component) || "application".equals(component) && "*".equals(sub)) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }

    /**
     * Answers a request that is not a well-formed GraphQL-over-HTTP request, before anything runs:
     * the GraphQL error shape with a code a client can branch on.
     */
    public static void refuse(RoutingContext rc, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, negotiate(rc).orElse(JSON).contentType())
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
