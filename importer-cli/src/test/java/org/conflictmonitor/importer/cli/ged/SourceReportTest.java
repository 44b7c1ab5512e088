package org.conflictmonitor.importer.cli.ged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.importer.ucdp.GedEvent;
import org.conflictmonitor.importer.ucdp.GedReader;
import org.conflictmonitor.testing.data.SharedData;

class SourceReportTest {

    @Test
    void eachOutletOfTheSourceColumnsIsAReportWithItsDayAndHeadline() throws IOException {
        GedEvent first = sampleRow(300380L);
        assertThat(SourceReport.of(first)).containsExactly(
                new SourceReport("Support Kurds in Syria", LocalDate.of(2013, 1, 3), "Thursday 3 January 2013"),
                new SourceReport("VDC", LocalDate.of(2013, 1, 3), "Abdul Satar Mustafa Hankosh"));
    }

    @Test
    void aRowWithoutOutletsHasNoReports() throws IOException {
        // number_of_sources -1: UCDP lists the article, not its outlets.
        assertThat(SourceReport.of(sampleRow(21300L))).isEmpty();
    }

    @Test
    void aCitationReadsAsOutletDayAndHeadline() {
        assertThat(new SourceReport("Reuters", LocalDate.of(1989, 5, 17), "UNITA BLOWS UP POWER LINES").citation())
                .isEqualTo("Reuters, 1989-05-17, \"UNITA BLOWS UP POWER LINES\"");
        assertThat(new SourceReport("Reuters", null, null).citation()).isEqualTo("Reuters");
    }

    private static GedEvent sampleRow(long id) throws IOException {
        try (GedReader reader = GedReader.open(SharedData.file(SharedData.GED_SAMPLE))) {
            List<GedEvent> rows = reader.rows().map(r -> r.value()).filter(e -> e.id() == id).toList();
            return rows.get(0);
        }
    }
}
