package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip is told by the content: names lie after a download or a copy. */
class GzipDetectionTest {

    @TempDir
    Path temp;

    @Test
    void readsAGzippedFileWhoseNameSaysCsv() throws IOException {
        Path gzipped = temp.resolve("events.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(SharedData.file(SharedData.GED_SAMPLE), out);
        }
        assertThat(Files.readAllBytes(gzipped)).startsWith(0x1f, 0x8b);

        assertThat(countEvents(gzipped)).isEqualTo(1000);
    }

    @Test
    void readsAPlainFileWhoseNameSaysGz() throws IOException {
        Path plain = temp.resolve("events.csv.gz");
        Files.copy(SharedData.file(SharedData.GED_SAMPLE), plain);

        assertThat(countEvents(plain)).isEqualTo(1000);
    }

    @Test
    void readsTheGzippedExtractUnderAnotherName() throws IOException {
        Path renamed = temp.resolve("extract.txt");
        Files.copy(SharedData.file(SharedData.GED_PRECISE_EXTRACT), renamed);
        try (GedReader reader = GedReader.open(renamed)) {
            assertThat(reader.layout().isPreciseExtract()).isTrue();
            assertThat(reader.next().value().id()).isEqualTo(244657L);
        }
    }

    @Test
    void comparesAGzippedFileWithItsPlainOriginal() throws IOException {
        Path gzipped = temp.resolve("sample");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(SharedData.file(SharedData.GED_SAMPLE), out);
        }
        GedComparison comparison = GedValues.compare(SharedData.file(SharedData.GED_SAMPLE), gzipped);
        assertThat(comparison.rightRows()).isEqualTo(1000);
        assertThat(comparison.differences()).isEmpty();
    }

    private static long countEvents(Path file) throws IOException {
        try (GedReader reader = GedReader.open(file)) {
            return reader.rows().filter(ParsedRow::isValid).count();
        }
    }
}
