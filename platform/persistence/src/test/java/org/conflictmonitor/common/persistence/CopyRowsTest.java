package org.conflictmonitor.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.conflictmonitor.testing.postgres.TestDatabases;

/** What CopyRows writes, PostgreSQL reads back as the same values: text with COPY's own syntax in it, nulls, arrays, JSON. */
class CopyRowsTest {

    private static TestDatabases databases;
    private static Connection connection;

    private enum Side {
        A
    }

    @BeforeAll
    static void connect() throws SQLException {
        databases = TestDatabases.start();
        TestDatabases.Database db = databases.create();
        connection = DriverManager.getConnection(db.url(), db.user(), db.password());
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id uuid, name text, note text, n integer, x double precision, flag boolean, day date,"
                    + " at timestamptz, tags text[], side text, doc jsonb)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
        databases.close();
    }

    @Test
    void everyKindOfCellReadsBackAsWritten() throws SQLException {
        UUID id = UUID.randomUUID();
        String awkward = "tab\there, line\nbreak, return\r, back\\slash \\N and \"quotes\" ünïcödé";
        OffsetDateTime at = OffsetDateTime.of(2020, 7, 12, 9, 30, 0, 123456000, ZoneOffset.UTC);
        List<String> tags = List.of("a,b", "{brace}", "quote\"d", "back\\slash", "two words", "tab\tin");
        String doc = "{\"column\": \"source_office\", \"value\": \"line\\nbreak \\\\ \\t\"}";
        CopyRows rows = new CopyRows();
        rows.add(id).add(awkward).add(null).add(-42).add(1.0E-5).add(true).add(LocalDate.of(2020, 7, 12)).add(at).add(tags).add(Side.A)
                .addUtf8(doc.getBytes(StandardCharsets.UTF_8)).end();
        rows.add(UUID.randomUUID()).add("").add("\\N").add(null).add(null).add(false).add(null).add(null).add(List.of()).add(null).add(null).end();

        rows.copyInto(connection, "t (id, name, note, n, x, flag, day, at, tags, side, doc)");

        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM t ORDER BY n NULLS LAST")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getObject("id")).isEqualTo(id);
            assertThat(r.getString("name")).isEqualTo(awkward);
            assertThat(r.getString("note")).isNull();
            assertThat(r.getInt("n")).isEqualTo(-42);
            assertThat(r.getDouble("x")).isEqualTo(1.0E-5);
            assertThat(r.getBoolean("flag")).isTrue();
            assertThat(r.getObject("day", LocalDate.class)).isEqualTo(LocalDate.of(2020, 7, 12));
            assertThat(r.getObject("at", OffsetDateTime.class)).isEqualTo(at);
            Array array = r.getArray("tags");
            assertThat((String[]) array.getArray()).containsExactlyElementsOf(tags);
            assertThat(r.getString("side")).isEqualTo("A");
            assertThat(r.getString("doc")).isEqualTo("{\"value\": \"line\\nbreak \\\\ \\t\", \"column\": \"source_office\"}");

            assertThat(r.next()).isTrue();
            assertThat(r.getString("name")).as("an empty text is not null").isEqualTo("");
            assertThat(r.getString("note")).as("the text \\N is not null").isEqualTo("\\N");
            assertThat(r.getObject("n")).isNull();
            assertThat((String[]) r.getArray("tags").getArray()).isEmpty();
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aRowTheTableRefusesFailsTheCopyAndLeavesTheConnectionUsable() throws SQLException {
        CopyRows rows = new CopyRows().add("not a uuid").end();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.copyInto(connection, "t (id)")).isInstanceOf(SQLException.class)
                .hasMessageContaining("uuid");
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
            assertThat(r.next()).isTrue();
        }
    }

    @Test
    void noRowsSendsNothing() throws SQLException {
        new CopyRows().copyInto(connection, "no_such_table (id)");
    }
}
