package org.conflictmonitor.testing.keycloak;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.conflictmonitor.testing.keycloak.PasswordGrant.IssuedToken;

/**
 * Reuses a token until shortly before it expires: a test suite asks for the same user's token hundreds
 * of times, and each password grant costs Keycloak a password hash.
 */
final class TokenCache {

    private final Duration margin;
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

    /** @param margin how long a handed-out token must still be valid, for the test that uses it */
    TokenCache(Duration margin) {
        this.margin = margin;
    }

    String get(String key, Supplier<IssuedToken> issue) {
        return tokens.compute(key, (unused, cached) -> isFresh(cached) ? cached : issue.get()).accessToken();
    }

    private boolean isFresh(IssuedToken token) {
        return token != null && Instant.now().plus(margin).isBefore(token.expiresAt());
    }
}
