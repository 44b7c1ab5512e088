package org.conflictmonitor.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to the services, so that each applies the caller's own roles
 * (a viewer never sees drafts through the gateway either). The OIDC token-propagation extension
 * does not resolve for this Quarkus version, hence this small factory.
 */
@ApplicationScoped
public class CallerTokenHeaders implements ClientHeadersFactory {

    private final JsonWebToken token;

    public CallerTokenHeaders(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = token.getRawToken();
        if (raw != null) {
            headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
        return headers;
    }
}
