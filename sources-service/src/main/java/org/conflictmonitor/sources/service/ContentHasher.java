package org.conflictmonitor.sources.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The fingerprint of an article's text, by which the same text at another URL is recognised. Case,
 * Unicode forms and whitespace do not change it; any other edit does.
 */
@ApplicationScoped
public class ContentHasher {

    public String hash(String body) {
        String normalized = Normalizer.normalize(body, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
