package org.conflictmonitor.testing.keycloak;

/** Keycloak refused to issue a token, e.g. for a wrong password; carries what it answered. */
public final class TokenRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    TokenRequestException(String clientId, String username, int status, String body) {
        super("Keycloak refused a token to " + username + " via " + clientId + ": HTTP " + status + " " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The OAuth error response, e.g. {@code {"error":"invalid_grant",...}}. */
    public String body() {
        return body;
    }
}
