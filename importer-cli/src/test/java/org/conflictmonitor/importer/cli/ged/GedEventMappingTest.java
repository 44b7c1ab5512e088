package org.conflictmonitor.importer.cli.ged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.events.api.Casualties;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.ImportedClaim;
import org.conflictmonitor.events.api.ImportedEvent;
import org.conflictmonitor.importer.ucdp.GedColumn;
import org.conflictmonitor.importer.ucdp.GedEvent;
import org.conflictmonitor.importer.ucdp.GedReader;
import org.conflictmonitor.importer.ucdp.GedWriter;
import org.conflictmonitor.importer.ucdp.ParsedRow;
import org.conflictmonitor.testing.data.SharedData;

/** The mapping of GED rows to imported events, and back, without the services (the end-to-end test goes through them). */
class GedEventMappingTest {

    private static final UUID A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    private static final UUID CODING = UUID.fromString("00000000-0000-7000-8000-0000000000c0");

    private final GedEventMapping mapping = new GedEventMapping("23.1");

    @Test
    void everyColumnOfTheSampleComesBackFromTheEventItBecomes() throws IOException {
        List<String> differences = new ArrayList<>();
        for (GedEvent e : sample()) {
            Map<GedColumn, String> cells = GedExportMapping.cells(stored(mapping.toImport(e, refs(e))));
            for (GedColumn column : GedColumn.all()) {
                String published = GedWriter.cell(e, column);
                String back = cells.get(column);
                if (!(published == null ? back == null || back.isEmpty() : published.equals(back))) {
                    differences.add(e.id() + " " + column.header() + ": " + published + " -> " + back);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void oneSidedViolenceTargetsCiviliansWhoAreNotAnActor() throws IOException {
        GedEvent oneSided = sample().stream().filter(e -> e.typeOfViolence() == 3).findFirst().orElseThrow();
        assertThat(GedSide.b(oneSided)).isNull();
        EventRequest event = mapping.toImport(oneSided, refs(oneSided)).event();
        assertThat(event.eventType()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS.name());
        assertThat(event.civilianTargeting()).isTrue();
    }

    @Test
    void stateBasedAndNonStateViolenceSayOnlyThatItIsPoliticalViolence() throws IOException {
        GedEvent stateBased = sample().stream().filter(e -> e.typeOfViolence() == 1).findFirst().orElseThrow();
        EventRequest event = mapping.toImport(stateBased, refs(stateBased)).event();
        assertThat(event.disorderType()).isEqualTo(DisorderType.POLITICAL_VIOLENCE.name());
        assertThat(event.eventType()).isNull();
        assertThat(event.subEventType()).isNull();
    }

    @Test
    void uCDPsCodingIsAClaimWithTheTotalAndTheDeathsPerSideAndEachReportIsOne() throws IOException {
        GedEvent e = sample().stream().filter(x -> SourceReport.of(x).size() >= 2).findFirst().orElseThrow();
        ImportedEvent imported = mapping.toImport(e, refs(e));
        ImportedClaim coding = imported.claims().get(0);
        assertThat(coding.key()).isEqualTo(GedEventMapping.CODING_CLAIM);
        assertThat(coding.claim().articleId()).isEqualTo(CODING);
        assertThat(coding.claim().claimantActorId()).isNull();
        assertThat(coding.claim().figures()).extracting(Casualties::group).containsExactly("ALL", "SIDE_A", "SIDE_B", "CIVILIANS", "UNKNOWN");
        assertThat(coding.claim().figures().get(0).killed().best()).isEqualTo(e.best());
        assertThat(imported.claims()).hasSize(1 + SourceReport.of(e).size());
        assertThat(imported.claims().get(1).key()).isEqualTo("ucdp-source-1");
        assertThat(imported.claims().get(1).claim().summary()).contains(SourceReport.of(e).get(0).outlet());
    }

    @Test
    void anEstimateOutOfOrderIsFlaggedAndKeptAsPublishedBesideAConsistentOne() throws IOException {
        // UCDP published some (the 176k extract has 364 rows with low > best); one made from a real row.
        GedEvent e = withEstimate(sample().get(0), 5, 7, 9);
        EventRequest event = mapping.toImport(e, refs(e)).event();
        assertThat(event.ucdp().anomalies()).contains("LOW_ABOVE_BEST");
        assertThat(event.killed().low()).isNull();
        assertThat(event.killed().best()).isEqualTo(e.best());
        assertThat(event.ucdp().attributes()).anySatisfy(a -> {
            assertThat(a.column()).isEqualTo("low");
            assertThat(a.value()).isEqualTo(String.valueOf(e.low()));
        });
        assertThat(GedEventMapping.flagged(e)).isTrue();
    }

    @Test
    void aColumnTheFileLacksIsNotAFieldTheImportStates() throws IOException {
        GedEvent e;
        try (GedReader reader = GedReader.open(SharedData.file(SharedData.GED_PRECISE_EXTRACT))) {
            e = reader.next().value();
        }
        ImportedEvent imported = mapping.toImport(e, new EventRefs(A, B, UUID.randomUUID(), CODING, List.of()));
        // No adm_1, where_coordinates, relid, deaths_*: a fuller file's province, place, coding and figures stay.
        assertThat(imported.fields()).doesNotContain("casualties", "datePrecision", "location", "title", "ucdp")
                .contains("killed", "actors", "conflictId", "dateTo");
        GedEvent full = sample().get(0);
        assertThat(mapping.toImport(full, refs(full)).fields()).contains("location", "title", "ucdp", "casualties", "datePrecision");
        assertThat(mapping.toImport(e, new EventRefs(A, B, null, CODING, List.of())).fields())
                .as("a conflict the file names but the platform cannot tell is left as stored").doesNotContain("conflictId");
        assertThat(imported.event().ucdp().attributes()).extracting(a -> a.column())
                .containsExactlyInAnyOrder("year", "conflict_name", "side_a", "side_b", "country");
    }

    @Test
    void aRowWithACountryUCDPDoesNotNameIsABadRow() throws IOException {
        GedEvent real = sample().get(0);
        GedEvent nowhere = new GedEvent(real.id(), real.relid(), real.year(), real.activeYear(), real.codeStatus(), real.typeOfViolence(),
                real.conflictDsetId(), real.conflictNewId(), real.conflictName(), real.dyadDsetId(), real.dyadNewId(), real.dyadName(),
                real.sideADsetId(), real.sideANewId(), real.sideA(), real.sideBDsetId(), real.sideBNewId(), real.sideB(), real.numberOfSources(),
                real.sourceArticle(), real.sourceOffice(), real.sourceDate(), real.sourceHeadline(), real.sourceOriginal(), real.wherePrec(),
                real.whereCoordinates(), real.whereDescription(), real.adm1(), real.adm2(), real.latitude(), real.longitude(), real.geomWkt(),
                real.priogridGid(), "Atlantis", real.countryId(), real.region(), real.eventClarity(), real.datePrec(), real.dateStart(),
                real.dateEnd(), real.deathsA(), real.deathsB(), real.deathsCivilians(), real.deathsUnknown(), real.best(), real.high(), real.low(),
                real.gwnoa(), real.gwnob(), real.columns(), real.anomalies());
        assertThat(GedEventMapping.problems(7, nowhere)).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(7);
            assertThat(error.column()).isEqualTo("country");
            assertThat(error.reason()).contains("Atlantis");
        });
    }

    private static GedEvent withEstimate(GedEvent r, int best, int low, int high) {
        return new GedEvent(r.id(), r.relid(), r.year(), r.activeYear(), r.codeStatus(), r.typeOfViolence(), r.conflictDsetId(), r.conflictNewId(),
                r.conflictName(), r.dyadDsetId(), r.dyadNewId(), r.dyadName(), r.sideADsetId(), r.sideANewId(), r.sideA(), r.sideBDsetId(),
                r.sideBNewId(), r.sideB(), r.numberOfSources(), r.sourceArticle(), r.sourceOffice(), r.sourceDate(), r.sourceHeadline(),
                r.sourceOriginal(), r.wherePrec(), r.whereCoordinates(), r.whereDescription(), r.adm1(), r.adm2(), r.latitude(), r.longitude(),
                r.geomWkt(), r.priogridGid(), r.country(), r.countryId(), r.region(), r.eventClarity(), r.datePrec(), r.dateStart(), r.dateEnd(),
                r.deathsA(), r.deathsB(), r.deathsCivilians(), r.deathsUnknown(), best, high, low, r.gwnoa(), r.gwnob(), r.columns(),
                List.of(org.conflictmonitor.importer.ucdp.GedAnomaly.LOW_ABOVE_BEST));
    }

    private static EventRefs refs(GedEvent e) {
        List<UUID> reports = SourceReport.of(e).stream().map(r -> UUID.nameUUIDFromBytes(r.citation().getBytes())).toList();
        return new EventRefs(A, GedSide.b(e) == null ? null : B, null, CODING, reports);
    }

    private static List<GedEvent> sample() throws IOException {
        try (GedReader reader = GedReader.open(SharedData.file(SharedData.GED_SAMPLE))) {
            return reader.rows().map(ParsedRow::value).toList();
        }
    }

    /** The event as the events service reads it back (dateTo defaults to dateFrom). */
    private static EventDto stored(ImportedEvent imported) {
        EventRequest r = imported.event();
        return new EventDto(UUID.randomUUID(), "X", r.conflictId(), r.dateFrom(), r.dateTo() == null ? r.dateFrom() : r.dateTo(),
                r.datePrecision() == null ? DatePrecision.DAY : DatePrecision.valueOf(r.datePrecision()), DisorderType.valueOf(r.disorderType()),
                r.eventType() == null ? null : EventType.valueOf(r.eventType()), null, r.title(), r.notes(), r.location(), r.actors(), r.killed(),
                r.injured(), r.casualties(), r.civilianTargeting(), List.of(), List.of(), List.of(), r.ucdp(), EventStatus.valueOf(r.status()), 0,
                null, null, null, null, null, 0);
    }
}
