package org.conflictmonitor.events.repository;

import java.util.LinkedHashMap;
import java.util.Map;

import org.conflictmonitor.events.api.EventStatus;

/**
 * The WHERE clause of an event query over {@code event e}, with its parameters, shared by listing,
 * statistics and export so that the same filters mean the same everywhere.
 */
public final class EventSql {

    /**
     * The longest span, in days, of any stored event (at most 366, a check constraint): events that
     * overlap a period start at most this long before it, which bounds a period's index scan.
     */
    public static final String LONGEST_SPAN_SQL = "SELECT days FROM event_longest_span";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** @param longestSpanDays what {@link #LONGEST_SPAN_SQL} reads, when the criteria have a {@code from} */
    public EventSql(EventCriteria c, int longestSpanDays) {
        if (c.to() != null) {
            where.append(" AND e.date_from <= :to");
            params.put("to", c.to());
        }
        if (c.from() != null) {
            // Overlap: ends on or after `from`. The lower bound on date_from lets the index bound the scan.
            where.append(" AND e.date_to >= :from AND e.date_from >= :fromMinusMax");
            params.put("from", c.from());
            params.put("fromMinusMax", c.from().minusDays(longestSpanDays));
        }
        eq("e.country", "country", c.country());
        eq("e.admin1", "admin1", c.admin1());
        eq("e.conflict_id", "conflictId", c.conflictId());
        eq("e.disorder_type", "disorderType", c.disorderType() == null ? null : c.disorderType().name());
        eq("e.event_type", "eventType", c.eventType() == null ? null : c.eventType().name());
        eq("e.sub_event_type", "subEventType", c.subEventType() == null ? null : c.subEventType().name());
        eq("e.ucdp_event_id", "ucdpEventId", c.ucdpEventId());
        eq("e.ucdp_version", "ucdpVersion", c.ucdpVersion());
        if (c.actorId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = :actorId)");
            params.put("actorId", c.actorId());
        }
        if (c.bbox() != null) {
            // Literals, not parameters: how many events a box holds decides the plan (walk the newest-first
            // index for a city at war, the coordinates index for a quiet region), and a prepared
            // statement's generic plan would make that choice once for every box. They are parsed
            // doubles, so nothing a client sends reaches the SQL as text.
            double[] b = c.bbox();
            where.append(" AND e.latitude BETWEEN %s AND %s AND e.longitude BETWEEN %s AND %s"
                    .formatted(Double.toString(b[1]), Double.toString(b[3]), Double.toString(b[0]), Double.toString(b[2])));
        }
        if (c.minKilled() != null && c.minKilled() > 0) {
            where.append(" AND e.killed_best >= :minKilled");
            params.put("minKilled", c.minKilled());
        }
        if (c.text() != null) {
            where.append(" AND e.search_vector @@ websearch_to_tsquery('pg_catalog.english', :text)");
            params.put("text", c.text());
        }
        if (c.tags() != null && !c.tags().isEmpty()) {
            where.append(" AND e.tags @> CAST(:tags AS text[])");
            params.put("tags", "{" + String.join(",", c.tags().stream().map(EventSql::arrayElement).toList()) + "}");
        }
        if (c.statuses() != null && c.statuses().size() < EventStatus.values().length) {
            where.append(" AND e.status IN (:statuses)");
            params.put("statuses", c.statuses().stream().map(Enum::name).toList());
        }
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }

    private void eq(String column, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /** A text[] literal element, quoted, so that tags with commas or braces cannot change the array. */
    private static String arrayElement(String tag) {
        return "\"" + tag.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
