package org.conflictmonitor.sources.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity of a citation, an article known without its URL: the same source, day of publication
 * (or none) and headline make the same citation. The headline is compared normalised, so that a
 * dataset that prints it in capitals, or with other quotes and punctuation, cites the same report:
 * Unicode NFKC, lower case, every run of characters other than letters and digits read as one space.
 */
@ApplicationScoped
public class CitationKeys {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** SHA-256 (hex) of source, day and normalised headline; a day of null stands for an undated citation. */
    public String key(UUID sourceId, LocalDate day, String headline) {
        String identity = sourceId + "\n" + (day == null ? "undated" : day.toString()) + "\n" + normalise(headline);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    static String normalise(String headline) {
        String folded = Normalizer.normalize(headline, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String words = NOT_WORD.matcher(folded).replaceAll(" ").strip();
        // A headline of punctuation alone still has an identity: itself, with its spaces collapsed.
        return words.isEmpty() ? SPACES.matcher(folded).replaceAll(" ").strip() : words;
    }
}
