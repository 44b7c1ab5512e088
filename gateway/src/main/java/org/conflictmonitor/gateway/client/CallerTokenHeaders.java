package org.conflictmonitor.gateway.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to the services, so that each applies the caller's own roles
 * (a viewer never sees drafts through the gateway either): the header the GraphQL request arrived
 * with ({@link CallerToken}), which outlives a caller's disconnection, else the injected token. The
 * OIDC token-propagation extension does not resolve for this Quarkus version, hence this small factory.
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
        CallerToken.authorization()
                .or(() -> Optional.ofNullable(token.getRawToken()).map(raw -> "Bearer " + raw))
                .ifPresent(authorization -> headers.add(HttpHeaders.AUTHORIZATION, authorization));
        return headers;
    }
}
