package org.conflictmonitor.importer.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison the round trip relies on must find what differs, or the round trip would prove nothing. */
class GedValuesTest {

    private static final String HEADER = "id,latitude,best,date_start,conflict_name\n";

    @TempDir
    Path temp;

    private GedComparison compare(String left, String right) throws IOException {
        Path l = temp.resolve("left.csv");
        Path r = temp.resolve("right.csv");
        Files.writeString(l, left);
        Files.writeString(r, right);
        return GedValues.compare(l, r);
    }

    @Test
    void comparesNumbersNumericallyAndDatesAsDays() throws IOException {
        GedComparison comparison = compare(
                HEADER + "1,20.40,2,2017-07-31,Syria: Government\n",
                HEADER + "1,20.4,2.0,2017-07-31 00:00:00,Syria: Government\n");
        assertThat(comparison.columns()).containsExactly(GedColumn.ID, GedColumn.CONFLICT_NAME,
                GedColumn.LATITUDE, GedColumn.DATE_START, GedColumn.BEST);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.sameValues()).isTrue();
    }

    @Test
    void findsEveryCellThatDiffersByValue() throws IOException {
        GedComparison comparison = compare(
                HEADER + "1,20.4,2,2017-07-31,Syria: Government\n"
                        + "2,1.5,,2017-08-01,Mali: Government\n",
                HEADER + "1,20.41,2,2017-07-30,Syria: Government \n"
                        + "2,1.5,0,2017-08-01,Mali: Government\n");
        assertThat(comparison.differences()).containsExactly(
                new GedValueDifference("1", GedColumn.CONFLICT_NAME, "Syria: Government", "Syria: Government "),
                new GedValueDifference("1", GedColumn.LATITUDE, "20.4", "20.41"),
                new GedValueDifference("1", GedColumn.DATE_START, "2017-07-31", "2017-07-30"),
                new GedValueDifference("2", GedColumn.BEST, "", "0"));
    }

    @Test
    void matchesRowsByIdAndReportsRowsOnlyOneSideHas() throws IOException {
        GedComparison comparison = compare(
                HEADER + "1,1,1,2017-07-31,a\n2,2,2,2017-07-31,b\n3,3,3,2017-07-31,c\n",
                HEADER + "3,3,3,2017-07-31,c\n1,1,1,2017-07-31,a\n4,4,4,2017-07-31,d\n");
        assertThat(comparison.leftRows()).isEqualTo(3);
        assertThat(comparison.rightRows()).isEqualTo(3);
        assertThat(comparison.differences()).containsExactly(
                new GedValueDifference("2", GedColumn.ID, "2", null),
                new GedValueDifference("4", GedColumn.ID, null, "4"));
    }

    @Test
    void comparesOnlyTheColumnsBothFilesHave() throws IOException {
        GedComparison comparison = compare(
                "id,best,relid\n1,2,SYR-1\n",
                "best,id,country\n2,1,Syria\n");
        assertThat(comparison.columns()).containsExactly(GedColumn.ID, GedColumn.BEST);
        assertThat(comparison.differences()).isEmpty();
    }

    @Test
    void refusesARepeatedId() {
        assertThatThrownBy(() -> compare(HEADER + "1,1,1,2017-07-31,a\n", HEADER + "1,1,1,2017-07-31,a\n1,1,1,2017-07-31,a\n"))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageContaining("id 1 appears in row 1 and again in row 2");
    }
}
