package org.conflictmonitor.importer.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad row is reported with its row, column and reason, and the good rows around it still come through. */
class GedMalformedRowsTest {

    private static final String HEADER =
            "id,year,type_of_violence,where_prec,event_clarity,date_prec,active_year,latitude,longitude,"
                    + "date_start,date_end,best,high,low\n";
    private static final String GOOD_1 = "1,2013,1,1,1,1,1,35.76,36.55,2013-01-03 00:00:00,2013-01-03 00:00:00,2,2,2\n";
    private static final String GOOD_3 = "3,2013,3,2,2,5,0,-9.65,20.4,2013-01-03 00:00:00,2013-01-05 00:00:00,0,1,0\n";

    /** Reads a good row, the given row 2, and another good row. */
    private static List<ParsedRow<GedEvent>> withRow2(String row2) throws IOException {
        List<ParsedRow<GedEvent>> rows = InlineCsv.ged(HEADER + GOOD_1 + row2 + GOOD_3);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(0).value().id()).isEqualTo(1L);
        assertThat(rows.get(2).isValid()).isTrue();
        assertThat(rows.get(2).value().id()).isEqualTo(3L);
        assertThat(rows.get(1).value()).as("a malformed row is never half-returned").isNull();
        return rows;
    }

    private static List<RowError> errorsOfRow2(String row2) throws IOException {
        return withRow2(row2).get(1).errors();
    }

    @Test
    void reportsAWrongNumberOfCells() throws IOException {
        assertThat(errorsOfRow2("2,2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2\n"))
                .containsExactly(new RowError(2, null, "expected 14 cells as the header has, found 13"));
        assertThat(errorsOfRow2("2,2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2,extra\n"))
                .containsExactly(new RowError(2, null, "expected 14 cells as the header has, found 15"));
    }

    private static Arguments bad(String kind, String row2, String column, String reason) {
        return Arguments.of(kind, row2, column, reason);
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                bad("a day that does not exist", "2,2013,1,1,1,1,1,35.76,36.55,2013-02-30,2013-03-01,2,2,2",
                        "date_start", "'2013-02-30' is not a calendar date"),
                bad("day-month-year", "2,2013,1,1,1,1,1,35.76,36.55,03-01-2013,2013-03-01,2,2,2",
                        "date_start", "'03-01-2013' is not a date as yyyy-MM-dd or yyyy-MM-dd 00:00:00"),
                bad("a time of day", "2,2013,1,1,1,1,1,35.76,36.55,2013-01-03 12:00:00,2013-03-01,2,2,2",
                        "date_start", "'2013-01-03 12:00:00' has a time of day other than 00:00:00, which a GED date does not carry"),
                bad("a number with letters", "2,2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2a,2,2",
                        "best", "'2a' is not a whole number"),
                bad("a decimal where whole", "2,2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2.5,2,2",
                        "best", "'2.5' is not a whole number"),
                bad("a number with blanks", "2,2013,1,1,1,1,1, 35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "latitude", "' 35.76' is not a number"),
                bad("NaN", "2,2013,1,1,1,1,1,NaN,36.55,2013-01-03,2013-01-03,2,2,2",
                        "latitude", "'NaN' is not a number"),
                bad("type_of_violence 4", "2,2013,4,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "type_of_violence", "unknown code 4; type_of_violence is 1 state-based, 2 non-state or 3 one-sided"),
                bad("where_prec 8", "2,2013,1,8,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "where_prec", "unknown code 8; where_prec is 1 (exact place) to 7 (international waters)"),
                bad("event_clarity 3", "2,2013,1,1,3,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "event_clarity", "unknown code 3; event_clarity is 1 (clear) or 2 (lower clarity)"),
                bad("date_prec 0", "2,2013,1,1,1,0,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "date_prec", "unknown code 0; date_prec is 1 (exact day) to 5 (more than a month)"),
                bad("active_year 2", "2,2013,1,1,1,1,2,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "active_year", "unknown code 2; active_year is 0 or 1"),
                bad("latitude 91", "2,2013,1,1,1,1,1,91,36.55,2013-01-03,2013-01-03,2,2,2",
                        "latitude", "91.0 is outside -90...90"),
                bad("longitude -181", "2,2013,1,1,1,1,1,35.76,-181,2013-01-03,2013-01-03,2,2,2",
                        "longitude", "-181.0 is outside -180...180"),
                bad("date_end before start", "2,2013,1,1,1,1,1,35.76,36.55,2013-01-03 00:00:00,2013-01-02 00:00:00,2,2,2",
                        "date_end", "date_end 2013-01-02 is before date_start 2013-01-03"),
                bad("no id", ",2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,2,2",
                        "id", "missing: every GED row needs its id"),
                bad("text after a closing quote", "2,2013,1,1,1,1,1,35.76,36.55,2013-01-03,2013-01-03,2,\"2\"x,2",
                        "high", "text after the closing quote of a quoted cell (a quote inside a quoted cell must be doubled)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void reportsABadCellWithRowColumnAndReason(String kind, String row2, String column, String reason)
            throws IOException {
        assertThat(errorsOfRow2(row2 + "\n")).containsExactly(new RowError(2, column, reason));
    }

    @Test
    void reportsAllErrorsOfARowTogether() throws IOException {
        assertThat(errorsOfRow2("2,2013,9,1,1,1,1,91,36.55,2013-01-03,bad,2,2,x\n")).containsExactly(
                new RowError(2, "type_of_violence", "unknown code 9; type_of_violence is 1 state-based, 2 non-state or 3 one-sided"),
                new RowError(2, "date_end", "'bad' is not a date as yyyy-MM-dd or yyyy-MM-dd 00:00:00"),
                new RowError(2, "low", "'x' is not a whole number"),
                new RowError(2, "latitude", "91.0 is outside -90...90"));
    }

    @Test
    void numbersRowsByRecordWhenAQuotedCellSpansLines() throws IOException {
        String csv = "id,where_description,best\r\n"
                + "1,\"two\r\nlines\",1\r\n"
                + "2,\"three\nlines\nhere\",1\r\n"
                + "3,fine,x\r\n"
                + "4,fine,4\r\n";
        List<ParsedRow<GedEvent>> rows = InlineCsv.ged(csv);
        assertThat(rows).extracting(ParsedRow::row).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(0).value().whereDescription()).isEqualTo("two\r\nlines");
        assertThat(rows.get(1).value().whereDescription()).isEqualTo("three\nlines\nhere");
        assertThat(rows.get(2).errors()).containsExactly(new RowError(3, "best", "'x' is not a whole number"));
        assertThat(rows.get(3).value().best()).isEqualTo(4);
    }

    @Test
    void reportsAQuotedCellLeftOpenAtTheEndOfTheFile() throws IOException {
        List<ParsedRow<GedEvent>> rows = InlineCsv.ged("id,where_description,best\n1,ok,1\n2,\"never closed,1\n");
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(1).errors()).containsExactly(
                new RowError(2, "where_description", "a quoted cell is not closed before the end of the file"),
                new RowError(2, null, "expected 3 cells as the header has, found 2"));
    }

    @Test
    void flagsOddButPublishedValuesInsteadOfRejectingThem() throws IOException {
        String csv = "id,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low\n"
                + "1,1,1,0,0,2,2,2\n"      // consistent
                + "2,1,1,0,0,2,3,3\n"      // low above best
                + "3,1,1,0,0,2,1,1\n"      // high below best
                + "4,1,1,1,0,2,2,2\n"      // deaths add up to 3, best is 2
                + "5,,,,,2,1,3\n";         // both estimates out of order, no per-side deaths
        List<ParsedRow<GedEvent>> rows = InlineCsv.ged(csv);
        assertThat(InlineCsv.errors(rows)).isEmpty();
        assertThat(rows).extracting(row -> row.value().anomalies()).containsExactly(
                List.of(),
                List.of(GedAnomaly.LOW_ABOVE_BEST),
                List.of(GedAnomaly.HIGH_BELOW_BEST),
                List.of(GedAnomaly.DEATHS_DO_NOT_ADD_UP_TO_BEST),
                List.of(GedAnomaly.LOW_ABOVE_BEST, GedAnomaly.HIGH_BELOW_BEST));
        assertThat(rows.get(1).value().low()).isEqualTo(3);
    }

    @Test
    void refusesAFileWithAnUnknownColumn() {
        assertThatThrownBy(() -> InlineCsv.ged("id,year,fatalities\n1,2013,2\n"))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageContaining("the header names a column GED does not have: 'fatalities'");
    }

    @Test
    void refusesAFileWithoutId() {
        assertThatThrownBy(() -> InlineCsv.ged("relid,year\nSYR-2013-1-11973-99,2013\n"))
                .isInstanceOf(UcdpFormatException.class)
                .hasMessageContaining("the header has no 'id' column");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "id,country\n1,C\u00f4te d'Ivoire\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
            try (GedReader reader = GedReader.open(new java.io.ByteArrayInputStream(latin1))) {
                reader.next();
            }
        }).isInstanceOf(UcdpFormatException.class).hasMessageContaining("not UTF-8");
    }
}
