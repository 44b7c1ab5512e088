package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 1,000-event sample of GED 23.1 in the official layout, read as UCDP published it. */
class GedSampleTest {

    private static GedLayout layout;
    private static List<ParsedRow<GedEvent>> rows;
    private static Map<Long, GedEvent> byId;

    @BeforeAll
    static void readSample() throws IOException {
        try (GedReader reader = GedReader.open(SharedData.file(SharedData.GED_SAMPLE));
             Stream<ParsedRow<GedEvent>> stream = reader.rows()) {
            layout = reader.layout();
            rows = stream.toList();
        }
        byId = rows.stream().filter(ParsedRow::isValid).map(ParsedRow::value)
                .collect(Collectors.toMap(GedEvent::id, Function.identity()));
    }

    @Test
    void readsAllThousandRowsWithoutErrors() {
        assertThat(layout.isOfficial()).isTrue();
        assertThat(InlineCsv.errors(rows)).isEmpty();
        assertThat(rows).hasSize(1000).allMatch(ParsedRow::isValid);
        assertThat(byId).hasSize(1000);
    }

    @Test
    void numbersRowsByRecordNotByLineSinceQuotedCellsSpanLines() {
        // 68 records have line breaks inside quoted cells: the file has 1,211 lines for 1,000 records.
        assertThat(rows).extracting(ParsedRow::row).containsExactly(
                java.util.stream.LongStream.rangeClosed(1, 1000).boxed().toArray(Long[]::new));
        assertThat(rows.get(999).value().id()).isEqualTo(331084L);
        assertThat(byId.get(377295L).whereDescription())
                .isEqualTo("DEPARTMENT: N. DE SANTANDER\nMUNICIPALITY: SAN CALIXTO\nLagunitas village");
    }

    @Test
    void readsEvent300380AsPublished() {
        GedEvent event = byId.get(300380L);
        assertThat(event.relid()).isEqualTo("SYR-2013-1-11973-99");
        assertThat(event.year()).isEqualTo(2013);
        assertThat(event.activeYear()).isEqualTo(1);
        assertThat(event.codeStatus()).isEqualTo("Clear");
        assertThat(event.typeOfViolence()).isEqualTo(1);
        assertThat(event.conflictName()).isEqualTo("Syria: Government");
        assertThat(event.sideA()).isEqualTo("Government of Syria");
        assertThat(event.sideB()).isEqualTo("Syrian insurgents");
        assertThat(event.numberOfSources()).isEqualTo(2);
        assertThat(event.sourceArticle()).isEqualTo("\"Support Kurds in Syria,2013-01-03, Thursday 3 January 2013\";"
                + "\"VDC,2013-01-03,Abdul Satar Mustafa Hankosh\"");
        assertThat(event.sourceOffice()).isEqualTo("Support Kurds in Syria;VDC");
        assertThat(event.adm2()).isEqualTo("Ariha district");
        assertThat(event.latitude()).isEqualTo(35.763369);
        assertThat(event.longitude()).isEqualTo(36.558974);
        assertThat(event.geomWkt()).isEqualTo("POINT (36.558974 35.763369)");
        assertThat(event.dateStart()).isEqualTo(LocalDate.of(2013, 1, 3));
        assertThat(event.dateEnd()).isEqualTo(LocalDate.of(2013, 1, 3));
        assertThat(event.deathsA()).isZero();
        assertThat(event.deathsB()).isEqualTo(2);
        assertThat(event.best()).isEqualTo(2);
        assertThat(event.gwnoa()).isEqualTo(652);
        // An empty cell: null, but the file has the column, so null means "UCDP has no value".
        assertThat(event.gwnob()).isNull();
        assertThat(event.has(GedColumn.GWNOB)).isTrue();
        assertThat(event.columns()).containsExactlyInAnyOrderElementsOf(GedColumn.all());
        assertThat(event.anomalies()).isEmpty();
    }

    @Test
    void keepsUnknownSourceCountAndQuotesInsideCells() {
        GedEvent event = byId.get(21300L);
        assertThat(event.numberOfSources()).isEqualTo(-1);
        assertThat(event.sourceArticle())
                .isEqualTo("Reuters 1989-05-17 \"ANGOLAN UNITA REBELS BLOW UP POWER LINES DURING PEACE SUMMIT");
        assertThat(event.sourceOffice()).isNull();
        assertThat(event.adm2()).isNull();
        assertThat(event.latitude()).isEqualTo(-9.65);
        assertThat(event.dateStart()).isEqualTo(LocalDate.of(1989, 5, 10));
        assertThat(event.dateEnd()).isEqualTo(LocalDate.of(1989, 5, 16));
        assertThat(byId.get(119289L).sourceArticle()).contains("HD\u00a0Colombian FARC");
    }

    @Test
    void flagsPublishedEstimatesOutOfOrderAndKeepsThem() {
        GedEvent event = byId.get(464847L);
        assertThat(event.best()).isEqualTo(333);
        assertThat(event.low()).isEqualTo(334);
        assertThat(event.anomalies()).containsExactly(GedAnomaly.LOW_ABOVE_BEST);
        assertThat(byId.get(406097L).anomalies()).containsExactly(GedAnomaly.HIGH_BELOW_BEST);
        assertThat(byId.values()).filteredOn(e -> !e.anomalies().isEmpty()).hasSize(13);
    }
}
