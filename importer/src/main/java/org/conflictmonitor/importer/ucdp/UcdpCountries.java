package org.conflictmonitor.importer.ucdp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * UCDP's country names as ISO 3166-1 alpha-3 codes. UCDP names countries in its own way
 * ({@code DR Congo (Zaire)}, {@code Russia (Soviet Union)}), which no locale's display names match, so
 * the table is explicit ({@code ucdp-countries.tsv} beside this class) rather than guessed from the
 * JDK, whose names change between versions.
 */
public final class UcdpCountries {

    private static final Map<String, String> ISO3_BY_NAME = load();

    private UcdpCountries() {
    }

    /** The ISO alpha-3 code of a country as UCDP names it; empty for a name the table does not know. */
    public static Optional<String> iso3(String ucdpName) {
        return Optional.ofNullable(ucdpName == null ? null : ISO3_BY_NAME.get(ucdpName.strip()));
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = UcdpCountries.class.getResourceAsStream("ucdp-countries.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2 || !cells[1].matches("[A-Z]{3}") || table.put(cells[0], cells[1]) != null) {
                    throw new IllegalStateException("ucdp-countries.tsv: not a name and a code, or a name twice: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
