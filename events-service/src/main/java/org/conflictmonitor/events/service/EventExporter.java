package org.conflictmonitor.events.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.agroal.api.AgroalDataSource;

import org.conflictmonitor.events.repository.EventCriteria;
import org.conflictmonitor.events.repository.EventSql;

/**
 * Streams every event of a query as CSV or GeoJSON straight from a database cursor, so that a
 * million rows never sit in memory: rows are fetched a thousand at a time and written as they come.
 */
@ApplicationScoped
public class EventExporter {

    private static final int FETCH_SIZE = 1000;
    private static final Pattern NAMED = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");
    /** ACLED's columns where they apply; actors are actors-service ids, several joined by "; ". */
    private static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "end_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
            "civilian_targeting", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "notes",
            "fatalities", "fatalities_low", "fatalities_high", "injuries", "tags", "status", "id", "title");

    private static final String SELECT = """
            SELECT e.code, e.date_from, e.date_to, e.date_precision, e.disorder_type, e.event_type, e.sub_event_type,
                   (SELECT string_agg(CAST(a.actor_id AS text), '; ') FROM event_actor a WHERE a.event_id = e.id AND a.side = 'A' AND a.role = 'PRIMARY'),
                   (SELECT string_agg(CAST(a.actor_id AS text), '; ') FROM event_actor a WHERE a.event_id = e.id AND a.side = 'A' AND a.role = 'ASSOCIATED'),
                   (SELECT string_agg(CAST(a.actor_id AS text), '; ') FROM event_actor a WHERE a.event_id = e.id AND a.side = 'B' AND a.role = 'PRIMARY'),
                   (SELECT string_agg(CAST(a.actor_id AS text), '; ') FROM event_actor a WHERE a.event_id = e.id AND a.side = 'B' AND a.role = 'ASSOCIATED'),
                   e.civilian_targeting, e.country, e.admin1, e.admin2, e.place, e.latitude, e.longitude, e.location_precision, e.notes,
                   e.killed_best, e.killed_low, e.killed_high, e.injured_best, array_to_string(e.tags, '; '), e.status, e.id, e.title
            FROM event e""";

    private final AgroalDataSource dataSource;
    private final JsonFactory json = new JsonFactory();

    public EventExporter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public StreamingOutput csv(EventCriteria criteria) {
        return out -> query(criteria, false, (rows) -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(String.join(",", CSV_COLUMNS));
            w.write("\r\n");
            while (rows.next()) {
                List<String> cells = new ArrayList<>(CSV_COLUMNS.size());
                cells.add(rows.getString(1));
                cells.add(rows.getString(2));
                cells.add(rows.getString(3));
                cells.add(rows.getString(2).substring(0, 4));
                cells.add(timePrecision(rows.getString(4)));
                for (int column = 5; column <= 11; column++) {
                    cells.add(rows.getString(column));
                }
                cells.add(rows.getBoolean(12) ? "civilian targeting" : "");
                for (int column = 13; column <= 16; column++) {
                    cells.add(rows.getString(column));
                }
                cells.add(rows.getString(17));
                cells.add(rows.getString(18));
                cells.add(geoPrecision(rows.getString(19)));
                for (int column = 20; column <= 28; column++) {
                    cells.add(rows.getString(column));
                }
                w.write(String.join(",", cells.stream().map(EventExporter::csvCell).toList()));
                w.write("\r\n");
            }
            w.flush();
        });
    }

    public StreamingOutput geoJson(EventCriteria criteria) {
        return out -> query(criteria, true, rows -> {
            JsonGenerator g = json.createGenerator(out);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            while (rows.next()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", rows.getString(27));
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(rows.getDouble(18));
                g.writeNumber(rows.getDouble(17));
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("code", rows.getString(1));
                g.writeStringField("title", rows.getString(28));
                g.writeStringField("dateFrom", rows.getString(2));
                g.writeStringField("dateTo", rows.getString(3));
                g.writeStringField("eventType", rows.getString(6));
                g.writeStringField("subEventType", rows.getString(7));
                g.writeStringField("country", rows.getString(13));
                g.writeStringField("place", rows.getString(16));
                g.writeStringField("locationPrecision", rows.getString(19));
                writeNullableInt(g, "killed", rows, 21);
                writeNullableInt(g, "injured", rows, 24);
                g.writeStringField("status", rows.getString(26));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        });
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(ResultSet rows) throws IOException, SQLException;
    }

    private void query(EventCriteria criteria, boolean withCoordinatesOnly, RowWriter writer) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            EventSql sql = new EventSql(criteria, criteria.from() == null ? 0 : longestSpan(connection));
            String text = SELECT + sql.where() + (withCoordinatesOnly ? " AND e.latitude IS NOT NULL" : "")
                    + " ORDER BY e.date_from DESC, e.id DESC";
            List<Object> values = new ArrayList<>();
            String jdbc = positional(text, sql.params(), values);
            try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    writer.write(rows);
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Export query failed", e));
        }
    }

    private static int longestSpan(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EventSql.LONGEST_SPAN_SQL); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt("days");
        }
    }

    /** Named parameters to JDBC's positional ones; a collection becomes one placeholder per element. */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        Matcher m = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params.get(m.group(1));
            if (value instanceof Collection<?> many) {
                m.appendReplacement(out, String.join(", ", many.stream().map(v -> "?").toList()));
                values.addAll(many);
            } else {
                m.appendReplacement(out, "?");
                values.add(value);
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void writeNullableInt(JsonGenerator g, String name, ResultSet rows, int column) throws IOException, SQLException {
        int value = rows.getInt(column);
        if (rows.wasNull()) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static String timePrecision(String precision) {
        return switch (precision) {
            case "DAY" -> "1";
            case "WEEK" -> "2";
            default -> "3";
        };
    }

    private static String geoPrecision(String precision) {
        return switch (precision) {
            case "EXACT" -> "1";
            case "NEAR", "ADMIN2" -> "2";
            default -> "3";
        };
    }

    private static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        // Leading =, +, - or @ would be run as a formula by spreadsheets.
        String safe = value.matches("^[=+\\-@].*") && !value.matches("^-?\\d+(\\.\\d+)?$") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
