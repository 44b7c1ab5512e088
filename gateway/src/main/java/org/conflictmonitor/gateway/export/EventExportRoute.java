package org.conflictmonitor.gateway.export;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;

/**
 * Downloads of the events under a filter, CSV or GeoJSON, from the gateway's own origin: the
 * events service streams them and the gateway passes the stream on as it comes, with the caller's
 * token (the gateway has checked it; the service checks the role), so any number of rows costs no
 * memory here. The query string is the events filter's, passed as it is.
 */
@ApplicationScoped
public class EventExportRoute {

    private static final Logger LOG = Logger.getLogger(EventExportRoute.class);

    /** The gateway's path → the events service's path, and the file name a browser saves. */
    private static final Map<String, Export> EXPORTS = Map.of(
            "/exports/events.csv", new Export("/events/export.csv", "events.csv"),
            "/exports/events.geojson", new Export("/events/export.geojson", "events.geojson"));

    private record Export(String servicePath, String fileName) {
    }

    private final String eventsService;
    private HttpClient client;

    public EventExportRoute(@ConfigProperty(name = "quarkus.rest-client.events-service.url") String eventsService) {
        this.eventsService = eventsService.replaceAll("/+$", "");
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        EXPORTS.forEach((path, export) -> router.get(path).handler(context -> pass(context, export)));
    }

    private void pass(RoutingContext context, Export export) {
        String query = context.request().query();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(eventsService + export.servicePath() + (query == null ? "" : "?" + query))
                .putHeader(HttpHeaders.AUTHORIZATION, context.request().getHeader(HttpHeaders.AUTHORIZATION));
        client.request(request)
                .compose(call -> call.send())
                .onSuccess(answer -> {
                    context.response().setStatusCode(answer.statusCode());
                    String type = answer.getHeader(HttpHeaders.CONTENT_TYPE);
                    if (type != null) {
                        context.response().putHeader(HttpHeaders.CONTENT_TYPE, type);
                    }
                    String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null) {
                        context.response().putHeader(HttpHeaders.CONTENT_LENGTH, length);
                    } else {
                        context.response().setChunked(true);
                    }
                    if (answer.statusCode() == 200) {
                        context.response().putHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                                .putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                    }
                    answer.pipeTo(context.response());
                })
                .onFailure(failure -> {
                    LOG.warnf("events-service did not answer an export: %s", failure.getMessage());
                    context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .end(new JsonObject().put("type", ProblemType.SERVICE_UNAVAILABLE).put("title", "events-service unavailable").put("status", 503)
                                    .put("detail", "The events service did not answer; try again shortly.").encode());
                });
    }
}
