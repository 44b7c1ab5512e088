package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCountTest {

    @Test
    void countsTheSharedFilesRecords() throws IOException {
        assertThat(RecordCount.of(SharedData.file(SharedData.GED_SAMPLE))).isEqualTo(1_000);
        assertThat(RecordCount.of(SharedData.file(SharedData.GED_PRECISE_EXTRACT))).isEqualTo(176_579);
    }

    @Test
    void aQuotedLineEndIsPartOfItsCellAndALastRecordNeedsNoLineEnd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ged.csv");
        Files.writeString(file, "id,source_article\r\n1,\"two\r\nlines\"\r\n2,x");
        assertThat(RecordCount.of(file)).isEqualTo(2);
    }
}
