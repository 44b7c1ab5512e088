package org.conflictmonitor.events.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.persistence.BoundedCount;
import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.common.persistence.KeysetOrder;
import org.conflictmonitor.common.persistence.NativeQueries;
import org.conflictmonitor.events.api.EventLinkType;
import org.conflictmonitor.events.api.EventPoint;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.StatsBucket;
import org.conflictmonitor.events.api.StatsGroup;
import org.conflictmonitor.events.entity.Event;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** The list's order: newest first, by the day an event starts. */
    private static final KeysetOrder NEWEST_FIRST = new KeysetOrder("e.date_from", "e.id", false);

    /**
     * Reads in this transaction change nothing: Hibernate keeps no snapshots to compare and does not
     * flush, which on a page of events is most of the cost after the queries themselves.
     */
    public void readOnly() {
        Session session = getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /**
     * Ids of one page, newest first, after the request's key (or the newest events without one); or,
     * paging backward, before it and nearest it first, that is oldest first. One more than asked
     * for, so the caller knows whether more follow (or precede).
     */
    public List<UUID> page(EventCriteria criteria, KeysetRequest request, int limit) {
        EventSql sql = whereOf(criteria);
        Map<String, Object> params = new HashMap<>(sql.params());
        EventKey from = request.key(EventKey::of);
        return ids("SELECT e.id FROM event e" + sql.where()
                + NEWEST_FIRST.page(request, from == null ? null : from.dateFrom(), from == null ? null : from.id(), limit, params), params);
    }

    /** How many events match, counted up to {@code bound} and estimated beyond. */
    public TotalCount count(EventCriteria criteria, int bound) {
        EventSql sql = whereOf(criteria);
        return BoundedCount.count(getEntityManager(), "SELECT 1 FROM event e" + sql.where(), sql.params(), bound);
    }

    /** The matching events with coordinates, newest first, at most {@code limit}: only the columns a map needs. */
    public List<EventPoint> points(EventCriteria criteria, int limit) {
        EventSql sql = whereOf(criteria);
        Query query = getEntityManager().createNativeQuery("SELECT e.id AS id, e.latitude AS latitude, e.longitude AS longitude,"
                + " e.killed_best AS killed FROM event e" + sql.where() + " AND e.latitude IS NOT NULL"
                + " ORDER BY e.date_from DESC, e.id DESC LIMIT :limit", Tuple.class);
        sql.params().forEach(query::setParameter);
        query.setParameter("limit", limit);
        List<EventPoint> points = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Tuple point = (Tuple) row;
            Number killed = point.get("killed", Number.class);
            points.add(new EventPoint(point.get("id", UUID.class), point.get("latitude", Number.class).doubleValue(),
                    point.get("longitude", Number.class).doubleValue(), killed == null ? null : killed.intValue()));
        }
        return points;
    }

    /**
     * Counts and casualties of the matching events per bucket. Call it in a transaction: it plans its
     * query for the values asked about, in that transaction only. A prepared statement's generic plan
     * (PostgreSQL's choice after five runs) cannot know that a year holds tens of thousands of events:
     * it sorted them to group them, which at a million events took a year's statistics from 25 to
     * 47 ms (p50, psql, 30 runs each).
     */
    public List<StatsBucket> stats(EventCriteria criteria, StatsGroup group) {
        getEntityManager().createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        EventSql sql = whereOf(criteria);
        // Dates as timestamps without a time zone: truncating a date as timestamptz converts each one to the
        // session's zone and back, a fifth of a country's year by month (35 against 28 ms).
        String key = switch (group) {
            case DAY -> "e.date_from";
            case WEEK -> "date_trunc('week', CAST(e.date_from AS timestamp))";
            case MONTH -> "date_trunc('month', CAST(e.date_from AS timestamp))";
            case YEAR -> "date_trunc('year', CAST(e.date_from AS timestamp))";
            case COUNTRY -> "e.country";
            // Events whose source does not say what kind of act it was still count, under a key of their own.
            case EVENT_TYPE -> "coalesce(e.event_type, 'UNSPECIFIED')";
            case ACTOR -> "x.actor_id";
        };
        // Dates become text once per bucket, not once per event: a tenth of the time of a year's events by month.
        String shown = switch (group) {
            case DAY, WEEK, MONTH, YEAR -> "to_char(k, 'YYYY-MM-DD')";
            case ACTOR -> "CAST(k AS text)";
            case COUNTRY, EVENT_TYPE -> "k";
        };
        String from = group == StatsGroup.ACTOR
                // An actor on both sides of one event counts the event once.
                ? "(SELECT DISTINCT ea.actor_id, e.id, e.killed_best, e.injured_best, e.date_from FROM event e"
                        + " JOIN event_actor ea ON ea.event_id = e.id" + sql.where() + ") x"
                : "event e" + sql.where();
        String alias = group == StatsGroup.ACTOR ? "x" : "e";
        String q = "SELECT " + shown + " AS bucket, events, killed, injured FROM (SELECT " + key + " AS k, count(*) AS events,"
                + " coalesce(sum(" + alias + ".killed_best), 0) AS killed, coalesce(sum(" + alias + ".injured_best), 0) AS injured FROM " + from
                + " GROUP BY k) AS buckets ORDER BY k";
        Query query = getEntityManager().createNativeQuery(q, Tuple.class);
        sql.params().forEach(query::setParameter);
        List<StatsBucket> buckets = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Tuple bucket = (Tuple) row;
            buckets.add(new StatsBucket(bucket.get("bucket", String.class), bucket.get("events", Number.class).longValue(),
                    bucket.get("killed", Number.class).longValue(), bucket.get("injured", Number.class).longValue()));
        }
        return buckets;
    }

    /** For each actor, the ids of its newest events on either side (at most {@code limit} each). */
    public Map<UUID, List<UUID>> newestOfActors(Collection<UUID> actorIds, List<EventStatus> statuses, int limit, KeyScope scope) {
        return newestPer("SELECT k.key AS key, e.id AS event_id FROM unnest(CAST(:keys AS uuid[])) AS k(key) CROSS JOIN LATERAL ("
                + " SELECT e.id, e.date_from FROM event e WHERE e.status IN (:statuses)" + KeyScope.SQL
                + " AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = k.key)"
                + " ORDER BY e.date_from DESC, e.id DESC LIMIT :limit) e", actorIds, statuses, limit, scope);
    }

    /** For each conflict, the ids of its newest events (at most {@code limit} each). */
    public Map<UUID, List<UUID>> newestOfConflicts(Collection<UUID> conflictIds, List<EventStatus> statuses, int limit, KeyScope scope) {
        return newestPer("SELECT k.key AS key, e.id AS event_id FROM unnest(CAST(:keys AS uuid[])) AS k(key) CROSS JOIN LATERAL ("
                + " SELECT e.id, e.date_from FROM event e WHERE e.status IN (:statuses)" + KeyScope.SQL
                + " AND e.conflict_id = k.key"
                + " ORDER BY e.date_from DESC, e.id DESC LIMIT :limit) e", conflictIds, statuses, limit, scope);
    }

    /** For each article, the ids of the newest events with a claim citing it (at most {@code limit} each). */
    public Map<UUID, List<UUID>> newestCitingArticles(Collection<UUID> articleIds, List<EventStatus> statuses, int limit, KeyScope scope) {
        return newestPer("SELECT k.key AS key, e.id AS event_id FROM unnest(CAST(:keys AS uuid[])) AS k(key) CROSS JOIN LATERAL ("
                + " SELECT e.id, e.date_from FROM event e WHERE e.status IN (:statuses)" + KeyScope.SQL
                + " AND EXISTS (SELECT 1 FROM claim c WHERE c.event_id = e.id AND c.article_id = k.key)"
                + " ORDER BY e.date_from DESC, e.id DESC LIMIT :limit) e", articleIds, statuses, limit, scope);
    }

    /** A link another event has to one of the events asked about. */
    public record IncomingLink(UUID targetId, UUID sourceId, EventLinkType type, String sourceCode) {
    }

    /** For each event, the links other events have to it, the oldest source first. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<IncomingLink>> linksTo(Collection<UUID> eventIds) {
        Map<UUID, List<IncomingLink>> links = new HashMap<>();
        if (eventIds.isEmpty()) {
            return links;
        }
        List<Tuple> rows = getEntityManager().createNativeQuery(
                "SELECT l.target_id, l.event_id AS source_id, l.type, e.code AS source_code FROM event_link l JOIN event e ON e.id = l.event_id"
                        + " WHERE l.target_id IN (:ids) ORDER BY e.date_from, e.code", Tuple.class)
                .setParameter("ids", eventIds).getResultList();
        for (Tuple r : rows) {
            IncomingLink link = new IncomingLink(r.get("target_id", UUID.class), r.get("source_id", UUID.class),
                    EventLinkType.valueOf(r.get("type", String.class)), r.get("source_code", String.class));
            links.computeIfAbsent(link.targetId(), k -> new ArrayList<>()).add(link);
        }
        return links;
    }

    /** The filters as SQL; a period reads the longest span of any event first, which bounds its scan. */
    public EventSql whereOf(EventCriteria criteria) {
        int longestSpan = criteria.from() == null ? 0
                : ((Number) getEntityManager().createNativeQuery(EventSql.LONGEST_SPAN_SQL).getSingleResult()).intValue();
        return new EventSql(criteria, longestSpan);
    }

    /** The codes of the given events. */
    public Map<UUID, String> codes(Collection<UUID> ids) {
        Map<UUID, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select e.id as id, e.code as code from Event e where e.id in :ids", Tuple.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(event -> codes.put(event.get("id", UUID.class), event.get("code", String.class)));
        }
        return codes;
    }

    /** The next number of the code prefix (e.g. AZE-2020), atomically, however many writers. */
    public int nextCodeNumber(String prefix) {
        return ((Number) getEntityManager().createNativeQuery(
                "INSERT INTO event_code_counter (prefix, last_value) VALUES (:prefix, 1)"
                        + " ON CONFLICT (prefix) DO UPDATE SET last_value = event_code_counter.last_value + 1 RETURNING last_value")
                .setParameter("prefix", prefix).getSingleResult()).intValue();
    }

    /**
     * Reserves numbers of several code prefixes in one statement, {@code counts} of each; returns the
     * last number reserved of each prefix. The counters are locked in prefix order, so two imports
     * reserving the same prefixes never wait for each other in a cycle.
     */
    public Map<String, Integer> nextCodeNumbers(SortedMap<String, Integer> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery("INSERT INTO event_code_counter (prefix, last_value)"
                + " SELECT prefix, count FROM unnest(:prefixes, :counts) AS reserved (prefix, count) ORDER BY prefix"
                + " ON CONFLICT (prefix) DO UPDATE SET last_value = event_code_counter.last_value + EXCLUDED.last_value"
                + " RETURNING prefix, last_value", Tuple.class)
                .setParameter("prefixes", counts.keySet().toArray(String[]::new))
                .setParameter("counts", counts.values().toArray(Integer[]::new)).getResultList();
        Map<String, Integer> last = new HashMap<>();
        rows.forEach(row -> last.put(row.get("prefix", String.class), row.get("last_value", Number.class).intValue()));
        return last;
    }

    /** The events with these UCDP event ids, by UCDP event id, with their collections loaded. */
    public Map<Long, Event> findByUcdpEventIds(Collection<Long> ucdpEventIds) {
        if (ucdpEventIds.isEmpty()) {
            return Map.of();
        }
        // One array parameter, not an IN list of up to 1,000: Hibernate renders and PostgreSQL plans that anew for each size.
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("SELECT id FROM event WHERE ucdp_event_id = ANY(:ids)", UUID.class)
                .setParameter("ids", ucdpEventIds.toArray(Long[]::new)).getResultList();
        Map<Long, Event> found = new HashMap<>();
        findAllById(ids).forEach(e -> found.put(e.ucdp.eventId, e));
        return found;
    }

    /**
     * The events curators made (no UCDP coding) of these conflicts that overlap the days, with their
     * collections loaded: the ones an import may find to be a UCDP event already on the platform. A
     * retracted one is not: curators withdrew it, and UCDP's coding must not disappear with it.
     */
    public List<Event> curatedOfConflicts(Collection<UUID> conflictIds, LocalDate from, LocalDate to) {
        if (conflictIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = getEntityManager().createQuery("select e.id from Event e where e.ucdp.eventId is null and e.conflictId in :conflicts"
                + " and e.dateFrom <= :to and e.dateTo >= :from and e.status <> :retracted", UUID.class)
                .setParameter("conflicts", conflictIds).setParameter("from", from).setParameter("to", to)
                .setParameter("retracted", EventStatus.RETRACTED).getResultList();
        return ids.isEmpty() ? List.of() : findAllById(ids);
    }

    /** The events with these ids, their parts left unloaded: to read, with {@link EventParts} for a whole page. */
    public List<Event> findForReading(Collection<UUID> ids) {
        // Plain SQL: HQL with a list parameter was translated anew on every call (a fifth of this read).
        return ids.isEmpty() ? List.of() : NativeQueries.list(getEntityManager(), "SELECT * FROM event WHERE id IN (:ids)", Map.of("ids", ids), Event.class);
    }

    /** The actors, casualties and outgoing links of each of these events. */
    public Map<UUID, EventParts> partsOf(Collection<UUID> ids) {
        return EventParts.of(getEntityManager(), ids);
    }

    /** The events with these ids, their actors, casualties and links loaded with one query each: to change them. */
    public List<Event> findAllById(Collection<UUID> ids) {
        CollectionLoader.load(getEntityManager(), Event.class, "actors", ids);
        CollectionLoader.load(getEntityManager(), Event.class, "casualties", ids);
        return CollectionLoader.load(getEntityManager(), Event.class, "links", ids);
    }

    /** Optional filters of the events of each key; a null one filters nothing. */
    public record KeyScope(LocalDate from, LocalDate to, EventType eventType) {
        static final String SQL = " AND (CAST(:from AS date) IS NULL OR e.date_to >= CAST(:from AS date))"
                + " AND (CAST(:to AS date) IS NULL OR e.date_from <= CAST(:to AS date))"
                + " AND (CAST(:eventType AS text) IS NULL OR e.event_type = CAST(:eventType AS text))";
    }

    private Map<UUID, List<UUID>> newestPer(String sql, Collection<UUID> keys, List<EventStatus> statuses, int limit, KeyScope scope) {
        Query q = getEntityManager().createNativeQuery(sql, Tuple.class)
                .setParameter("keys", keys.toArray(UUID[]::new))
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("limit", limit)
                .setParameter("from", scope.from() == null ? null : scope.from().toString())
                .setParameter("to", scope.to() == null ? null : scope.to().toString())
                .setParameter("eventType", scope.eventType() == null ? null : scope.eventType().name());
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (Object row : q.getResultList()) {
            Tuple newest = (Tuple) row;
            result.computeIfAbsent(newest.get("key", UUID.class), k -> new ArrayList<>()).add(newest.get("event_id", UUID.class));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Map<String, Object> params) {
        Query q = getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
