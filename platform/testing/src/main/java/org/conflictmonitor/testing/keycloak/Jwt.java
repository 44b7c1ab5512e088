package org.conflictmonitor.testing.keycloak;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A compact JWT taken apart so that tests can read its header and claims. Nothing here checks the
 * signature: that is the job of the service under test.
 */
public final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String encodedHeader;
    private final String encodedClaims;
    private final String encodedSignature;
    private final JsonNode header;
    private final JsonNode claims;

    private Jwt(String encodedHeader, String encodedClaims, String encodedSignature) {
        this.encodedHeader = encodedHeader;
        this.encodedClaims = encodedClaims;
        this.encodedSignature = encodedSignature;
        this.header = decode(encodedHeader, "header");
        this.claims = decode(encodedClaims, "payload");
    }

    public static Jwt parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a signed JWT (header.payload.signature): " + token);
        }
        return new Jwt(parts[0], parts[1], parts[2]);
    }

    public JsonNode header() {
        return header;
    }

    public JsonNode claims() {
        return claims;
    }

    /** The part the signature covers: base64url header and payload joined by a dot. */
    public String signingInput() {
        return encodedHeader + "." + encodedClaims;
    }

    /** The base64url-encoded signature. */
    public String signature() {
        return encodedSignature;
    }

    public Instant expiresAt() {
        JsonNode exp = claims.path("exp");
        if (!exp.canConvertToLong()) {
            throw new IllegalStateException("The token has no numeric exp claim: " + claims);
        }
        return Instant.ofEpochSecond(exp.asLong());
    }

    /** {@code aud}, which a JWT may hold as one string or as an array of them. */
    public List<String> audiences() {
        return texts(claims.path("aud"));
    }

    /** Keycloak's realm roles, {@code realm_access.roles}. */
    public List<String> realmRoles() {
        return texts(claims.path("realm_access").path("roles"));
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else {
            node.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static JsonNode decode(String part, String name) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The JWT " + name + " is not base64url-encoded JSON: " + e.getMessage(), e);
        }
    }
}
