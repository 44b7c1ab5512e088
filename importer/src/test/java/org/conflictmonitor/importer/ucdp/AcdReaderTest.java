package org.conflictmonitor.importer.ucdp;

import org.conflictmonitor.testing.data.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.conflictmonitor.importer.ucdp.AcdConflictYear.Incompatibility;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.IntensityLevel;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.Region;
import org.conflictmonitor.importer.ucdp.AcdConflictYear.TypeOfConflict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UCDP/PRIO Armed Conflict Dataset 24.1. */
class AcdReaderTest {

    private static final String HEADER = "conflict_id,location,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,"
            + "incompatibility,territory_name,year,intensity_level,cumulative_intensity,type_of_conflict,start_date,"
            + "end_date,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,gwno_loc,region\n";
    private static final String GOOD = "11342,India,Government of India,141,,GNLA,1163,,1,Garoland,2012,1,0,3,"
            + "15-11-2012,21-12-2012,750,,,,750,3\n";

    private static List<ParsedRow<AcdConflictYear>> rows;

    @BeforeAll
    static void readAcd() throws IOException {
        try (AcdReader reader = AcdReader.open(SharedData.file(SharedData.ACD));
             Stream<ParsedRow<AcdConflictYear>> stream = reader.rows()) {
            rows = stream.toList();
        }
    }

    private static List<AcdConflictYear> conflict(int id) {
        return rows.stream().map(ParsedRow::value).filter(row -> row.conflictId() == id).toList();
    }

    @Test
    void readsAll2686RowsWithoutErrors() {
        assertThat(InlineCsv.errors(rows)).isEmpty();
        assertThat(rows).hasSize(2686).allMatch(ParsedRow::isValid);
    }

    @Test
    void readsConflict388AsPublished() {
        AcdConflictYear first = conflict(388).get(0);
        assertThat(first.year()).isEqualTo(1991);
        assertThat(first.location()).containsExactly("Azerbaijan");
        assertThat(first.sideA()).containsExactly("Government of Azerbaijan");
        assertThat(first.sideAId()).containsExactly(64);
        assertThat(first.sideA2nd()).isEmpty();
        assertThat(first.sideB()).containsExactly("Republic of Artsakh");
        assertThat(first.sideBId()).containsExactly(338);
        assertThat(first.sideB2nd()).containsExactly("Government of Armenia");
        assertThat(first.incompatibility()).isEqualTo(Incompatibility.TERRITORY);
        assertThat(first.territoryName()).isEqualTo("Artsakh (Nagorno-Karabakh)");
        assertThat(first.intensityLevel()).isEqualTo(IntensityLevel.MINOR);
        assertThat(first.cumulativeIntensity()).isFalse();
        assertThat(first.typeOfConflict()).isEqualTo(TypeOfConflict.INTERNATIONALISED_INTRASTATE);
        assertThat(first.startDate()).isEqualTo(LocalDate.of(1991, 12, 30));
        assertThat(first.endDate()).isNull();
        assertThat(first.gwnoA()).containsExactly(373);
        assertThat(first.gwnoB()).isEmpty();
        assertThat(first.gwnoB2nd()).containsExactly(371);
        assertThat(first.gwnoLoc()).containsExactly(373);
        assertThat(first.region()).containsExactly(Region.EUROPE);
    }

    @Test
    void startDateIsThatOfTheEpisodeAndEndDateOnlyInItsLastYear() {
        List<AcdConflictYear> years = conflict(388);
        assertThat(years).extracting(AcdConflictYear::startDate).contains(LocalDate.of(1991, 12, 30),
                LocalDate.of(2014, 8, 1), LocalDate.of(2020, 7, 16));
        AcdConflictYear year1994 = years.stream().filter(y -> y.year() == 1994).findFirst().orElseThrow();
        assertThat(year1994.endDate()).isEqualTo(LocalDate.of(1994, 7, 15));
        assertThat(year1994.intensityLevel()).isEqualTo(IntensityLevel.WAR);
    }

    @Test
    void readsMultiValuedCellsAsLists() {
        AcdConflictYear year = conflict(13692).stream().filter(y -> y.year() == 2001).findFirst().orElseThrow();
        assertThat(year.region()).containsExactly(Region.EUROPE, Region.ASIA, Region.AMERICAS);
        assertThat(year.location()).containsExactly("Afghanistan", "United Kingdom", "United States of America");
        assertThat(year.gwnoLoc()).containsExactly(2, 200, 700);

        // "651,  645,  663,  660,  652": UCDP's separators vary.
        AcdConflictYear arabIsraeli = conflict(228).get(0);
        assertThat(arabIsraeli.gwnoA()).containsExactly(651, 645, 663, 660, 652);
        assertThat(arabIsraeli.sideA()).containsExactly("Government of Egypt", "Government of Iraq",
                "Government of Jordan", "Government of Lebanon", "Government of Syria");
        assertThat(arabIsraeli.typeOfConflict()).isEqualTo(TypeOfConflict.INTERSTATE);
        assertThat(arabIsraeli.gwnoB()).containsExactly(666);
    }

    @Test
    void splitsActorNamesByTheirIdsSinceNamesContainCommas() {
        AcdConflictYear philippines = conflict(209).stream().filter(y -> y.year() == 1987).findFirst().orElseThrow();
        assertThat(philippines.sideBId()).containsExactly(169, 170);
        assertThat(philippines.sideB()).containsExactly("CPP", "Military faction (forces of Honasan, Abenina & Zumel)");

        AcdConflictYear guineaBissau = conflict(410).get(0);
        assertThat(guineaBissau.sideB()).containsExactly(
                "Military Junta for the Consolidation of Democracy, Peace and Justice");
    }

    @Test
    void reportsBadRowsWithRowColumnAndReasonAndKeepsTheGoodOnes() throws IOException {
        String csv = HEADER + GOOD
                + "11342,India,Government of India,141,,GNLA,1163,,4,Garoland,2012,1,0,3,2012-11-15,,750,,,,750,3\n"
                + GOOD
                + "11342,India,Government of India,141,,GNLA,1163,,1,Garoland,2012,3,2,5,15-11-2012,01-01-2012,750,,,,750,6\n"
                + "11342,India,Government of India,141,,GNLA,1163,,1,Garoland,2012,1,0,3,15-11-2012\n"
                + "11342,India,Government of India,141,,\"GNLA, NSCN\",\"1163, 1164, 1165\",,1,Garoland,2012,1,0,3,15-11-2012,,750,,,,,3\n"
                + GOOD;
        List<ParsedRow<AcdConflictYear>> read = InlineCsv.acd(csv);

        assertThat(read).extracting(ParsedRow::isValid).containsExactly(true, false, true, false, false, false, true);
        assertThat(read.get(1).errors()).containsExactly(
                new RowError(2, "incompatibility", "unknown code 4; incompatibility is 1 territory, 2 government or 3 both"),
                new RowError(2, "start_date", "'2012-11-15' is not a date as dd-mm-yyyy"));
        assertThat(read.get(3).errors()).containsExactly(
                new RowError(4, "intensity_level", "unknown code 3; intensity_level is 1 (25-999 deaths) or 2 (1,000 or more)"),
                new RowError(4, "cumulative_intensity", "unknown code 2; it is 0 or 1"),
                new RowError(4, "type_of_conflict", "unknown code 5; type_of_conflict is 1 extrasystemic, 2 interstate, "
                        + "3 intrastate or 4 internationalised intrastate"),
                new RowError(4, "end_date", "end_date 2012-01-01 is before start_date 2012-11-15"),
                new RowError(4, "region", "unknown code 6; region is 1 Europe, 2 Middle East, 3 Asia, 4 Africa or 5 Americas"));
        assertThat(read.get(4).errors()).containsExactly(
                new RowError(5, null, "expected 22 cells as the header has, found 15"));
        assertThat(read.get(5).errors()).containsExactly(
                new RowError(6, "gwno_loc", "missing: every ACD row has a gwno_loc"),
                new RowError(6, "side_b", "cannot be split into the 3 name(s) that side_b_id '1163, 1164, 1165' has ids for"));
        assertThat(read.get(6).value().startDate()).isEqualTo(LocalDate.of(2012, 11, 15));
    }

    @Test
    void refusesAnotherLayout() {
        assertThatThrownBy(() -> InlineCsv.acd("conflict_id,location,version\n1,India,24.1\n"))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageContaining("unknown column(s) 'version'")
                .hasMessageContaining("missing column(s) side_a,");
    }
}
