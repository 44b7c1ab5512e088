package org.conflictmonitor.gateway.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * What the analyst console, served from this origin under {@code /console/}, needs before it can
 * sign anyone in: the realm's issuer as browsers reach it and the console's client. Public, since
 * it comes before a token; it holds no secret.
 */
@ApplicationScoped
public class ConsoleConfigRoute {

    static final String PATH = "/console/config.json";

    private final String issuer;
    private final String clientId;

    public ConsoleConfigRoute(
            @ConfigProperty(name = "conflict-monitor.console.issuer") String issuer,
            @ConfigProperty(name = "conflict-monitor.console.client-id") String clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
    }

    void register(@Observes Router router) {
        String body = new JsonObject().put("issuer", issuer).put("clientId", clientId).encode();
        router.get(PATH).handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(body));
    }
}
