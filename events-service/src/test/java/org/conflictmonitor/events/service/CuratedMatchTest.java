package org.conflictmonitor.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.Location;
import org.conflictmonitor.events.entity.Event;

class CuratedMatchTest {

    private static final UUID CONFLICT = UUID.fromString("0f000000-0000-7000-8000-000000000001");
    private static final LocalDate JULY_12 = LocalDate.of(2020, 7, 12);

    /** The seed clash: 12–13 July 2020, the Tovuz direction of the border. */
    private static Event seedClash() {
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.conflictId = CONFLICT;
        e.dateFrom = JULY_12;
        e.dateTo = JULY_12.plusDays(1);
        e.country = "AZE";
        e.admin1 = "Tovuz";
        e.latitude = 40.99;
        e.longitude = 45.63;
        return e;
    }

    /** UCDP event 346644 as GED 21.1 has it. */
    private static EventRequest ucdp346644(UUID conflict, LocalDate day, double lat, double lon) {
        return new EventRequest(conflict, day, day, null, "POLITICAL_VIOLENCE", null, null, "Government of Azerbaijan – Republic of Artsakh", null,
                new Location("AZE", null, null, null, lat, lon, null), null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void theUcdpCodingOfTheSeedClashIsTheSeedClash() {
        Event clash = seedClash();
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(CONFLICT, JULY_12, 40.908889, 45.558333)))).containsEntry(0, clash);
        // With UCDP 347175 of the next day in the same batch, as in the 176k extract.
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(CONFLICT, JULY_12.plusDays(1), 40.908889, 45.558333),
                ucdp346644(CONFLICT, JULY_12, 40.908889, 45.558333)))).containsOnlyKeys(1).containsEntry(1, clash);
    }

    @Test
    void anotherConflictAnotherFirstDayOrAPlaceFartherThan25KmIsAnotherEvent() {
        Event clash = seedClash();
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(UUID.randomUUID(), JULY_12, 40.908889, 45.558333)))).isEmpty();
        // UCDP 347175: the same place on the 13th, the clash's second day, which UCDP codes as an event of its own.
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(CONFLICT, JULY_12.plusDays(1), 40.908889, 45.558333)))).isEmpty();
        // Stepanakert, about 130 km away.
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(CONFLICT, JULY_12, 39.8177, 46.7528)))).isEmpty();
    }

    @Test
    void twoImportedEventsThatWouldBothBeTheCuratedOneLinkNeither() {
        Event clash = seedClash();
        assertThat(CuratedMatch.find(List.of(clash), List.of(ucdp346644(CONFLICT, JULY_12, 40.908889, 45.558333),
                ucdp346644(CONFLICT, JULY_12, 40.95, 45.6)))).isEmpty();
    }

    @Test
    void anImportedEventThatCouldBeEitherOfTwoCuratedOnesLinksNeither() {
        Event clash = seedClash();
        Event nearby = seedClash();
        assertThat(CuratedMatch.find(List.of(clash, nearby), List.of(ucdp346644(CONFLICT, JULY_12, 40.908889, 45.558333)))).isEmpty();
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        assertThat(CuratedMatch.km(40.908889, 45.558333, 40.99, 45.63)).isBetween(10.0, 12.0);
    }
}
