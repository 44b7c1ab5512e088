package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the sample and writing it back loses nothing: the proof that the importer reads UCDP exactly. */
class GedRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void writesTheSampleBackWithTheSameValuesInAll49Columns() throws IOException {
        Path original = SharedData.file(SharedData.GED_SAMPLE);
        List<GedEvent> events = read(original);
        Path written = temp.resolve("written.csv");
        try (GedWriter writer = GedWriter.create(written)) {
            for (GedEvent event : events) {
                writer.write(event);
            }
        }

        GedComparison comparison = GedValues.compare(original, written);

        assertThat(comparison.columns()).containsExactlyElementsOf(GedColumn.all());
        assertThat(comparison.leftRows()).isEqualTo(1000);
        assertThat(comparison.rightRows()).isEqualTo(1000);
        assertThat(comparison.differences()).isEmpty();
        assertThat(read(written)).containsExactlyElementsOf(events);
    }

    @Test
    void writesUcdpsOwnDialectSoTheSampleComesBackByteForByte() throws IOException {
        // Stronger than equal values: CRLF, minimal quoting, "" escapes, midnight times, 20.4 not 20.40.
        Path original = SharedData.file(SharedData.GED_SAMPLE);
        Path written = temp.resolve("written.csv");
        try (GedWriter writer = GedWriter.create(written)) {
            for (GedEvent event : read(original)) {
                writer.write(event);
            }
        }
        assertThat(Files.readString(written)).isEqualTo(Files.readString(original));
    }

    @Test
    void writesColumnsAnExtractLacksAsEmptyCellsInTheOfficialLayout() throws IOException {
        String extract = "id,year,latitude,date_start,date_end,best,high,low\n"
                + "346644,2020,40.908889,2020-07-12,2020-07-12,3,5,3\n";
        Path file = temp.resolve("extract.csv");
        Files.writeString(file, extract);
        Path written = temp.resolve("written.csv");
        try (GedWriter writer = GedWriter.create(written)) {
            for (GedEvent event : read(file)) {
                writer.write(event);
            }
        }

        List<String> lines = Files.readAllLines(written);
        assertThat(lines.get(0)).isEqualTo(String.join(",", GedColumn.all().stream().map(GedColumn::header).toList()));
        assertThat(lines.get(1)).isEqualTo("346644,,2020,,,,,,,,,,,,,,,,,,,,,,,,,,,40.908889,,,,,,,,,"
                + "2020-07-12 00:00:00,2020-07-12 00:00:00,,,,,3,5,3,,");
        GedComparison comparison = GedValues.compare(file, written);
        assertThat(comparison.columns()).hasSize(8);
        assertThat(comparison.differences()).isEmpty();
    }

    private static List<GedEvent> read(Path file) throws IOException {
        List<GedEvent> events = new ArrayList<>();
        try (GedReader reader = GedReader.open(file)) {
            for (ParsedRow<GedEvent> row = reader.next(); row != null; row = reader.next()) {
                assertThat(row.errors()).isEmpty();
                events.add(row.value());
            }
        }
        return events;
    }
}
