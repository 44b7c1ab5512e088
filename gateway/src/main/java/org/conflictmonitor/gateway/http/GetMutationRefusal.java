package org.conflictmonitor.gateway.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over HTTP: GET is for queries only, because GET must not change anything (caches,
 * prefetching browsers and crawlers repeat it). A mutation sent with GET gets 405 and is not run.
 */
@ApplicationScoped
public class GetMutationRefusal {

    void register(@Observes Filters filters) {
        filters.register(this::filter, 900);
    }

    private void filter(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.GET && rc.normalizedPath().equals("/graphql")
                && isMutation(rc.request().getParam("query"), rc.request().getParam("operationName"))) {
            JsonObject error = new JsonObject()
                    .put("message", "Mutations are accepted with POST only; GET runs queries.")
                    .put("extensions", new JsonObject().put("code", "METHOD_NOT_ALLOWED"));
            rc.response().setStatusCode(405)
                    .putHeader(HttpHeaders.ALLOW, "GET, POST")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
            return;
        }
        rc.next();
    }

    static boolean isMutation(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return false;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException unparsable) {
            return false; // GraphQL itself reports the syntax error.
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null || operationName.isBlank() || operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
    }
}
