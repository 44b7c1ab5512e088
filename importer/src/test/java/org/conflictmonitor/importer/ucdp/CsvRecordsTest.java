package org.conflictmonitor.importer.ucdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The RFC 4180 dialect UCDP writes, read and written back exactly. */
class CsvRecordsTest {

    private static List<CsvRecord> read(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void unquotesCellsAndKeepsTheirLineBreaksQuotesAndBlanks() throws IOException {
        List<CsvRecord> records = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line\r\nbreak\"\r\n, padded ,\n");
        assertThat(records).extracting(CsvRecord::cells).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "line\r\nbreak"),
                List.of("", " padded ", ""));
        assertThat(records).extracting(CsvRecord::number).containsExactly(0L, 1L, 2L);
        assertThat(records).allMatch(CsvRecord::wellQuoted);
    }

    @Test
    void skipsAByteOrderMarkAndBlankLinesAndReadsALastRecordWithoutLineBreak() throws IOException {
        List<CsvRecord> records = read("\uFEFFid,best\n\n1,2\r\n\r\n2,3");
        assertThat(records).extracting(CsvRecord::cells).containsExactly(
                List.of("id", "best"), List.of("1", "2"), List.of("2", "3"));
    }

    @Test
    void keepsAQuoteInsideAnUnquotedCellAsText() throws IOException {
        assertThat(read("a,b\n5\" shell,x\n").get(1).cells()).containsExactly("5\" shell", "x");
    }

    @Test
    void writesCrlfAndQuotesOnlyWhatNeedsQuoting() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvRecordWriter writer = new CsvRecordWriter(out)) {
            writer.write(Arrays.asList("plain", "x, y", "say \"hi\"", "line\nbreak", null, "", " padded "));
        }
        assertThat(out).hasToString("plain,\"x, y\",\"say \"\"hi\"\"\",\"line\nbreak\",,, padded \r\n");
    }
}
