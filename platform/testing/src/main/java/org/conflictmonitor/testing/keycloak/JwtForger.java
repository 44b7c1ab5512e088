package org.conflictmonitor.testing.keycloak;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Re-signs a genuine token with an RSA key made up on the spot. Header and claims stay byte for byte
 * the same, {@code kid} included, so a service accepting the result would be trusting claims it never
 * verified.
 */
final class JwtForger {

    private JwtForger() {
    }

    static String resign(String token) {
        Jwt genuine = Jwt.parse(token);
        String algorithm = genuine.header().path("alg").asText();
        if (!"RS256".equals(algorithm)) {
            // Re-signing with RS256 under a header that announces another algorithm would not be the same token.
            throw new IllegalArgumentException("Can only forge RS256 tokens, this one is " + algorithm);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair unknownToKeycloak = generator.generateKeyPair();
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(unknownToKeycloak.getPrivate());
            signer.update(genuine.signingInput().getBytes(StandardCharsets.US_ASCII));
            return genuine.signingInput() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make RS256 signatures", e);
        }
    }
}
