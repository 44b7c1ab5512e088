package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gzip'd 176,579-event extract of GED 21.1, read once in a single streaming pass: only what the tests
 * look at is kept, as an importer would.
 */
class GedPreciseExtractTest {

    private static GedLayout layout;
    private static long events;
    private static final List<RowError> errors = new ArrayList<>();
    private static GedEvent event346644;
    private static long lowAboveBest;
    private static long highBelowBest;
    private static final List<GedEvent> misflagged = new ArrayList<>();
    private static long lastRow;

    @BeforeAll
    static void readExtract() throws IOException {
        try (GedReader reader = GedReader.open(SharedData.file(SharedData.GED_PRECISE_EXTRACT))) {
            layout = reader.layout();
            for (ParsedRow<GedEvent> row = reader.next(); row != null; row = reader.next()) {
                lastRow = row.row();
                if (!row.isValid()) {
                    errors.addAll(row.errors());
                    continue;
                }
                GedEvent event = row.value();
                events++;
                if (event.id() == 346644L) {
                    event346644 = event;
                }
                boolean low = event.low() > event.best();
                boolean high = event.high() < event.best();
                lowAboveBest += low ? 1 : 0;
                highBelowBest += high ? 1 : 0;
                if (low != event.anomalies().contains(GedAnomaly.LOW_ABOVE_BEST)
                        || high != event.anomalies().contains(GedAnomaly.HIGH_BELOW_BEST)) {
                    misflagged.add(event);
                }
            }
        }
    }

    @Test
    void detectsTheSubsetLayout() {
        assertThat(layout.isPreciseExtract()).isTrue();
        assertThat(layout.isOfficial()).isFalse();
        assertThat(layout.columns()).extracting(GedColumn::header).containsExactly("id", "year", "type_of_violence",
                "conflict_name", "side_a", "side_b", "country", "latitude", "longitude", "date_start", "date_end",
                "best", "high", "low");
    }

    @Test
    void readsEveryEventWithoutErrors() {
        assertThat(errors).isEmpty();
        assertThat(events).isEqualTo(176_579);
        assertThat(lastRow).isEqualTo(176_579);
    }

    @Test
    void readsEvent346644AsPublished() {
        assertThat(event346644).isNotNull();
        assertThat(event346644.dateStart()).isEqualTo(LocalDate.of(2020, 7, 12));
        assertThat(event346644.dateEnd()).isEqualTo(LocalDate.of(2020, 7, 12));
        assertThat(event346644.best()).isEqualTo(3);
        assertThat(event346644.low()).isEqualTo(3);
        assertThat(event346644.high()).isEqualTo(5);
        assertThat(event346644.sideA()).isEqualTo("Government of Azerbaijan");
        assertThat(event346644.sideB()).isEqualTo("Republic of Artsakh");
        assertThat(event346644.country()).isEqualTo("Azerbaijan");
        assertThat(event346644.anomalies()).isEmpty();
    }

    @Test
    void tellsColumnsTheFileLacksFromEmptyCells() {
        // relid is null because the extract has no such column: an update must leave a stored relid alone.
        assertThat(event346644.relid()).isNull();
        assertThat(event346644.has(GedColumn.RELID)).isFalse();
        assertThat(event346644.deathsA()).isNull();
        assertThat(event346644.has(GedColumn.DEATHS_A)).isFalse();
        assertThat(event346644.has(GedColumn.LATITUDE)).isTrue();
        assertThat(event346644.columns()).containsExactlyInAnyOrderElementsOf(GedLayout.PRECISE_EXTRACT.columns());
    }

    @Test
    void keepsAndFlagsEstimatesOutOfOrder() {
        // UCDP's published values: 364 events with low > best, 1,101 with high < best; all read, none rejected.
        assertThat(lowAboveBest).isEqualTo(364);
        assertThat(highBelowBest).isEqualTo(1101);
        assertThat(misflagged).isEmpty();
    }
}
