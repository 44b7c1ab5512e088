package org.conflictmonitor.gateway.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.conflictmonitor.gateway.client.CallerToken;
import org.conflictmonitor.gateway.graphql.RequestLane;

/**
 * Checks each GraphQL-over-HTTP request after authentication and before SmallRye GraphQL reads it,
 * so that what is not a well-formed request, or is too expensive to run, is refused cheaply and
 * calls no service:
 * <ul>
 * <li>the body: at most {@code quarkus.http.limits.max-body-size} (413), sent as
 * {@code application/json} or {@code application/graphql} (415), a JSON object whose
 * {@code query} is a string and whose {@code operationName}, {@code variables} and
 * {@code extensions} are null or of their types (400);</li>
 * <li>the Accept header names a type a GraphQL answer can have (406);</li>
 * <li>a document sent by hash is one registered ({@link PersistedDocuments}); with trusted documents
 * only, no other runs;</li>
 * <li>the document: at most {@code conflict-monitor.graphql.max-operations} operations and
 * {@code conflict-monitor.graphql.max-aliases} aliases (depth and complexity are SmallRye's own
 * limits); a mutation is never run by a GET (405).</li>
 * </ul>
 * A GET is then handed to SmallRye in the form it reads correctly: it takes the query text as the
 * operation name and URL-decodes parameters a second time, so the selected operation is sent alone
 * and every parameter encoded once more. Every GET answer is {@code Cache-Control: private}.
 */
@ApplicationScoped
public class GraphQLRequestGate {

    static final String PATH = "/graphql";
    /** After authentication and authorization (Quarkus's security handlers), before SmallRye GraphQL's own route. */
    private static final int ORDER = -SecurityHandlerPriorities.AUTHORIZATION / 2;

    private final PersistedDocuments documents;
    private final ManagedExecutor workers;
    private final long maxBodyBytes;
    private final int maxOperations;
    private final int maxAliases;

    public GraphQLRequestGate(PersistedDocuments documents, ManagedExecutor workers, @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody,
            @ConfigProperty(name = "conflict-monitor.graphql.max-operations", defaultValue = "10") int maxOperations,
            @ConfigProperty(name = "conflict-monitor.graphql.max-aliases", defaultValue = "30") int maxAliases) {
        this.documents = documents;
        this.workers = workers;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxOperations = maxOperations;
        this.maxAliases = maxAliases;
    }

    void register(@Observes Router router) {
        router.post(PATH).order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::checkPost);
        router.get(PATH).order(ORDER).handler(this::checkGet);
        router.route(PATH).order(ORDER + 1).handler(rc -> {
            CallerToken.keep(rc);
            RequestLane.open(workers);
            rc.next();
        });
    }

    private void checkPost(RoutingContext rc) {
        if (ResponseMediaType.negotiate(rc).isEmpty()) {
            notAcceptable(rc);
            return;
        }
        String contentType = mediaType(rc.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!"application/json".equals(contentType) && !"application/graphql".equals(contentType)) {
            ResponseMediaType.refuse(rc, 415, "UNSUPPORTED_MEDIA_TYPE", contentType == null
                    ? "A POST needs Content-Type: application/json."
                    : "A POST is read as application/json (or application/graphql), not " + contentType + ".");
            return;
        }
        if (rc.body().length() > maxBodyBytes) {
            ResponseMediaType.refuse(rc, 413, "PAYLOAD_TOO_LARGE", "The body is over the " + maxBodyBytes + " bytes the gateway accepts.");
            return;
        }
        if ("application/graphql".equals(contentType)) {
            String document = document(rc, rc.body().asString(), null, null);
            if (document != null && withinLimits(rc, RequestDocument.parse(document))) {
                rc.next();
            }
            return;
        }
        Object body;
        try {
            body = rc.body().isEmpty() ? null : Json.decodeValue(rc.body().buffer());
        } catch (DecodeException notJson) {
            badRequest(rc, "The body is not JSON: " + notJson.getMessage());
            return;
        }
        if (!(body instanceof JsonObject request)) {
            badRequest(rc, "The body must be a JSON object with `query` and, optionally, `operationName`, `variables` and `extensions`.");
            return;
        }
        Object query = request.getValue("query");
        Object operationName = request.getValue("operationName");
        Object documentId = request.getValue("documentId");
        if (query != null && !(query instanceof String)) {
            badRequest(rc, "`query` must be a string holding the GraphQL document.");
        } else if (operationName != null && !(operationName instanceof String)) {
            badRequest(rc, "`operationName` must be a string or null.");
        } else if (!isObjectOrNull(request.getValue("variables"))) {
            badRequest(rc, "`variables` must be a JSON object or null.");
        } else if (!isObjectOrNull(request.getValue("extensions"))) {
            badRequest(rc, "`extensions` must be a JSON object or null.");
        } else if (documentId != null && !(documentId instanceof String)) {
            badRequest(rc, "`documentId` must be a string or null.");
        } else {
            String document = document(rc, (String) query, request.getJsonObject("extensions"), (String) documentId);
            if (document != null && withinLimits(rc, RequestDocument.parse(document))) {
                if (!document.equals(query)) {
                    rc.setBody(request.put("query", document).toBuffer()); // sent by hash: SmallRye reads the text
                }
                rc.next();
            }
        }
    }

    private void checkGet(RoutingContext rc) {
        if (ResponseMediaType.negotiate(rc).isEmpty()) {
            notAcceptable(rc);
            return;
        }
        // An answer depends on the caller's token: no shared cache may keep it.
        rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "private");
        MultiMap params = rc.queryParams();
        String operationName = params.get("operationName");
        JsonObject variables;
        JsonObject extensions;
        try {
            variables = jsonObjectParam(params, "variables");
            extensions = jsonObjectParam(params, "extensions");
        } catch (IllegalArgumentException invalid) {
            badRequest(rc, invalid.getMessage());
            return;
        }
        String query = document(rc, params.get("query"), extensions, params.get("documentId"));
        if (query == null) {
            return;
        }
        Optional<RequestDocument> document = RequestDocument.parse(query);
        if (!withinLimits(rc, document)) {
            return;
        }
        if (document.isPresent() && !document.get().namesAnOperation(operationName)) {
            refuseDocument(rc, "GRAPHQL_VALIDATION_FAILED", "Unknown operation named '" + operationName + "'.");
            return;
        }
        if (document.isPresent() && document.get().selectsMutation(operationName)) {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            ResponseMediaType.refuse(rc, 405, "METHOD_NOT_ALLOWED", "Mutations are accepted with POST only; GET runs queries.");
            return;
        }
        String selected = document.isPresent() && operationName != null && !operationName.isEmpty()
                ? document.get().onlySelected(operationName)
                : query;
        // rc.queryParams() is computed once per request and shared with SmallRye's handler.
        params.set("query", encoded(selected));
        params.remove("operationName");
        params.remove("documentId");
        setOrRemove(params, "variables", variables);
        setOrRemove(params, "extensions", extensions);
        rc.next();
    }

    /**
     * The document a request runs: its text, or the registered document its hash names
     * ({@link PersistedDocuments}); null when the request has been answered instead.
     */
    private String document(RoutingContext rc, String query, JsonObject extensions, String documentId) {
        Object persisted = extensions == null ? null : extensions.getValue("persistedQuery");
        String sha256;
        if (persisted != null) {
            if (!(persisted instanceof JsonObject p) || !(p.getValue("sha256Hash") instanceof String hash) || !Integer.valueOf(1).equals(p.getValue("version"))) {
                badRequest(rc, "`extensions.persistedQuery` must be {\"version\": 1, \"sha256Hash\": \"<SHA-256 of the document, hex>\"}.");
                return null;
            }
            sha256 = hash.toLowerCase(Locale.ROOT);
        } else if (documentId != null) {
            if (!documentId.startsWith(PersistedDocuments.SHA256_PREFIX)) {
                badRequest(rc, "`documentId` must be \"sha256:<SHA-256 of the document, hex>\".");
                return null;
            }
            sha256 = documentId.substring(PersistedDocuments.SHA256_PREFIX.length()).toLowerCase(Locale.ROOT);
        } else {
            if (query == null || query.isBlank()) {
                badRequest(rc, "`query` must be a string holding the GraphQL document.");
            } else if (documents.trustedOnly()) {
                refuseDocument(rc, "PERSISTED_QUERY_REQUIRED", "This gateway runs registered documents only: send the SHA-256 of one in"
                        + " extensions.persistedQuery.sha256Hash or as documentId (see the gateway's README on trusted documents).");
            } else {
                return query;
            }
            return null;
        }
        if (query == null || query.isEmpty()) {
            Optional<String> registered = documents.find(sha256);
            if (registered.isEmpty()) {
                // The message and code Apollo Client's persisted query link looks for before it sends the text.
                refuseDocument(rc, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
                return null;
            }
            return registered.get();
        }
        if (!PersistedDocuments.sha256(query).equals(sha256)) {
            badRequest(rc, "The hash sent is not the SHA-256 of the query sent with it.");
            return null;
        }
        if (documents.trustedOnly() && !documents.isTrusted(sha256)) {
            refuseDocument(rc, "PERSISTED_QUERY_NOT_ALLOWED", "This gateway runs registered documents only, and this one is not registered.");
            return null;
        }
        documents.register(sha256, query);
        return query;
    }

    /** Whether the document is within the limits; if not, the request has been answered. */
    private boolean withinLimits(RoutingContext rc, Optional<RequestDocument> document) {
        if (document.isEmpty()) {
            return true; // SmallRye GraphQL reports the syntax error, or the token limit.
        }
        if (document.get().operationCount() > maxOperations) {
            refuseDocument(rc, "TOO_MANY_OPERATIONS", "The document has " + document.get().operationCount()
                    + " operations; the gateway accepts at most " + maxOperations + " in one request.");
            return false;
        }
        if (document.get().aliasCount() > maxAliases) {
            refuseDocument(rc, "TOO_MANY_ALIASES", "The document has " + document.get().aliasCount()
                    + " aliases; the gateway accepts at most " + maxAliases + ".");
            return false;
        }
        return true;
    }

    /** A document refused as GraphQL refuses one that does not validate: 200 with application/json, 400 with the GraphQL type. */
    private static void refuseDocument(RoutingContext rc, String code, String message) {
        int status = ResponseMediaType.negotiate(rc).orElse(ResponseMediaType.JSON) == ResponseMediaType.GRAPHQL_RESPONSE ? 400 : 200;
        ResponseMediaType.refuse(rc, status, code, message);
    }

    private static void badRequest(RoutingContext rc, String message) {
        ResponseMediaType.refuse(rc, 400, "BAD_REQUEST", message);
    }

    private static void notAcceptable(RoutingContext rc) {
        ResponseMediaType.refuse(rc, 406, "NOT_ACCEPTABLE", "A GraphQL answer is sent as application/json or application/graphql-response+json;"
                + " the Accept header allows neither.");
    }

    private static JsonObject jsonObjectParam(MultiMap params, String name) {
        String text = params.get(name);
        if (text == null || text.isEmpty() || text.equals("null")) {
            return null;
        }
        try {
            if (Json.decodeValue(text) instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException notJson) {
            // reported below
        }
        throw new IllegalArgumentException("`" + name + "` must be a JSON object.");
    }

    private static void setOrRemove(MultiMap params, String name, JsonObject value) {
        if (value == null) {
            params.remove(name);
        } else {
            params.set(name, encoded(value.encode()));
        }
    }

    /** SmallRye URL-decodes GET parameters once more after Vert.x has: encode them once more so they arrive as sent. */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isObjectOrNull(Object value) {
        return value == null || value instanceof JsonObject;
    }

    private static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
