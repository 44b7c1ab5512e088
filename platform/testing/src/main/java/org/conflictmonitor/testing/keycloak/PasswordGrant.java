package org.conflictmonitor.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OAuth resource owner password grant of one public client of one realm. */
final class PasswordGrant {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;

    PasswordGrant(HttpClient http, String realmUrl, String clientId) {
        this.http = http;
        this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
        this.clientId = clientId;
    }

    /** @throws TokenRequestException if Keycloak answers anything but a token */
    IssuedToken request(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = Instant.now();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new TokenRequestException(clientId, username, response.statusCode(), response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            // Counted from before the request, so the token is never believed to live longer than it does.
            return new IssuedToken(body.path("access_token").asText(), asked.plusSeconds(body.path("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak answered " + tokenEndpoint + " with something not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach Keycloak at " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }

    record IssuedToken(String accessToken, Instant expiresAt) {
    }
}
