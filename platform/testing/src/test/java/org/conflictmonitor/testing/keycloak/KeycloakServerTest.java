package org.conflictmonitor.testing.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;

/** Runs the real Keycloak with the test realm, outside Quarkus, and checks the tokens services will see. */
class KeycloakServerTest {

    private static final Set<String> PLATFORM_ROLES = Set.of("viewer", "curator", "admin");

    private static KeycloakServer server;
    private static KeycloakTokens tokens;

    @BeforeAll
    static void startKeycloak() {
        server = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), Path.of("target"));
        tokens = new KeycloakTokens(server);
    }

    @AfterAll
    static void stopKeycloak() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "viewer,  viewer",
            "curator, curator viewer",
            "admin,   admin curator viewer"
    })
    void demoUserTokenCarriesItsRoleAndTheImpliedOnes(String username, String expectedRoles) {
        Jwt token = Jwt.parse(tokens.accessToken(username));

        Set<String> platformRoles = token.realmRoles().stream().filter(PLATFORM_ROLES::contains).collect(Collectors.toSet());
        assertEquals(Set.of(expectedRoles.split(" ")), platformRoles, "realm_access.roles of " + username);
        assertTrue(token.audiences().contains("conflict-monitor-api"), "aud: " + token.audiences());
        assertEquals(server.serverUrl() + "/realms/conflict-monitor", token.claims().path("iss").asText());
        assertTrue(server.serverUrl().matches("http://localhost:\\d+"), server.serverUrl());
    }

    @Test
    void tokenIsReusedWhileValid() {
        assertEquals(tokens.accessToken("viewer"), tokens.accessToken("viewer"));
    }

    @Test
    void wrongPasswordIsRefused() {
        TokenRequestException refused = assertThrows(TokenRequestException.class,
                () -> tokens.accessToken("viewer", "not-the-password"));

        assertEquals(401, refused.status());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
    }

    @Test
    void forgedTokenHasTheSameHeaderAndClaimsButASignatureKeycloakDidNotMake() throws Exception {
        Jwt genuine = Jwt.parse(tokens.accessToken("curator"));
        Jwt forged = Jwt.parse(tokens.forgedToken("curator"));

        assertEquals(genuine.signingInput(), forged.signingInput());
        assertNotEquals(genuine.signature(), forged.signature());
        PublicKey realmKey = realmKey(genuine.header().path("kid").asText());
        assertTrue(verifies(genuine, realmKey), "the genuine token must verify against the realm key");
        assertFalse(verifies(forged, realmKey), "the forged token must not verify against the realm key");
    }

    @Test
    void expiredTokenIsGenuineButPastItsExpiry() {
        Jwt expired = Jwt.parse(tokens.expiredToken("viewer"));

        assertTrue(expired.expiresAt().isBefore(Instant.now()), "exp " + expired.expiresAt());
        assertEquals(KeycloakTokens.SHORT_LIVED_CLIENT, expired.claims().path("azp").asText());
        assertTrue(expired.audiences().contains("conflict-monitor-api"), "aud: " + expired.audiences());
        assertEquals(List.of("viewer"), expired.realmRoles());
    }

    @Test
    void adminTokenOpensTheAdminApi() {
        given().auth().oauth2(tokens.adminToken())
                .queryParam("username", "viewer")
                .queryParam("exact", true)
                .when().get(tokens.serverUrl() + "/admin/realms/conflict-monitor/users")
                .then().statusCode(200)
                .body("username", contains("viewer"));
    }

    private static PublicKey realmKey(String kid) throws Exception {
        JsonNode jwks = new ObjectMapper().readTree(given().when().get(tokens.realmUrl() + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString());
        for (JsonNode key : jwks.path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                return KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(unsigned(key.path("n").asText()), unsigned(key.path("e").asText())));
            }
        }
        throw new AssertionError("The realm publishes no key " + kid + ": " + jwks);
    }

    private static boolean verifies(Jwt token, PublicKey key) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(token.signingInput().getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(token.signature()));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
