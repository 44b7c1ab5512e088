package org.conflictmonitor.importer.ucdp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** Reads small inline CSV texts for the tests. */
final class InlineCsv {

    private InlineCsv() {
    }

    static List<ParsedRow<GedEvent>> ged(String csv) throws IOException {
        try (GedReader reader = GedReader.open(bytes(csv)); Stream<ParsedRow<GedEvent>> rows = reader.rows()) {
            return rows.toList();
        }
    }

    static List<ParsedRow<AcdConflictYear>> acd(String csv) throws IOException {
        try (AcdReader reader = AcdReader.open(bytes(csv)); Stream<ParsedRow<AcdConflictYear>> rows = reader.rows()) {
            return rows.toList();
        }
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<RowError> errors(List<? extends ParsedRow<?>> rows) {
        return rows.stream().flatMap(row -> row.errors().stream()).toList();
    }
}
