package org.conflictmonitor.testing.keycloak;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import org.conflictmonitor.launcher.KeycloakServer;

/**
 * Tokens from a running test Keycloak, for the demo users of the local realm overlay (whose password
 * is their user name) and for users a test creates through the Admin REST API.
 */
public final class KeycloakTokens {

    /** The local-only public client with the password grant. */
    public static final String CLI_CLIENT = "conflict-monitor-cli";
    /** The test-only twin of {@link #CLI_CLIENT} whose tokens live one second. */
    public static final String SHORT_LIVED_CLIENT = "conflict-monitor-cli-short-lived";

    private static final Duration REUSE_MARGIN = Duration.ofSeconds(30);
    private static final Duration PAST_EXPIRY = Duration.ofSeconds(1);

    private final String serverUrl;
    private final String realmUrl;
    private final String adminUsername;
    private final String adminPassword;
    private final PasswordGrant cli;
    private final PasswordGrant shortLived;
    private final PasswordGrant masterAdmin;
    private final TokenCache cache = new TokenCache(REUSE_MARGIN);

    public KeycloakTokens(KeycloakServer server) {
        HttpClient http = HttpClient.newHttpClient();
        this.serverUrl = server.serverUrl();
        this.realmUrl = server.realmUrl();
        this.adminUsername = server.adminUsername();
        this.adminPassword = server.adminPassword();
        this.cli = new PasswordGrant(http, realmUrl, CLI_CLIENT);
        this.shortLived = new PasswordGrant(http, realmUrl, SHORT_LIVED_CLIENT);
        this.masterAdmin = new PasswordGrant(http, server.serverUrl() + "/realms/master", "admin-cli");
    }

    /** {@code http://localhost:<port>}, the base of the Admin REST API ({@code /admin/realms/...}). */
    public String serverUrl() {
        return serverUrl;
    }

    /** The realm's URL, which is also the {@code iss} of its tokens. */
    public String realmUrl() {
        return realmUrl;
    }

    /**
     * A valid access token of a user whose password is the user name, such as the demo users. Reused
     * until 30 s before it expires, so after changing a user's roles ask {@link #accessToken(String, String)}.
     */
    public String accessToken(String username) {
        return cache.get(CLI_CLIENT + "/" + username, () -> cli.request(username, username));
    }

    /**
     * A fresh access token, never a cached one, so that a wrong password really reaches Keycloak.
     *
     * @throws TokenRequestException if Keycloak refuses, e.g. {@code 401 invalid_grant} for a wrong password
     */
    public String accessToken(String username, String password) {
        return cli.request(username, password).accessToken();
    }

    /**
     * A token Keycloak really issued, with correct signature and claims, whose {@code exp} lies at least
     * a second in the past. Takes up to about two seconds.
     */
    public String expiredToken(String username) {
        String token = shortLived.request(username, username).accessToken();
        sleepUntil(Jwt.parse(token).expiresAt().plus(PAST_EXPIRY));
        return token;
    }

    /**
     * The user's claims under the realm's {@code kid}, signed RS256 with a key Keycloak never saw: what an
     * attacker could produce. A service must reject it.
     */
    public String forgedToken(String username) {
        return JwtForger.resign(accessToken(username));
    }

    /** An access token of the master realm's administrator, for the Admin REST API. */
    public String adminToken() {
        return cache.get("master/" + adminUsername, () -> masterAdmin.request(adminUsername, adminPassword));
    }

    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a token to expire", e);
        }
    }
}
