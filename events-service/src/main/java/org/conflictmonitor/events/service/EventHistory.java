package org.conflictmonitor.events.service;

import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.Session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.common.persistence.CopyRows;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventRevision;

/**
 * Keeps the state of an event after each change, so that curators see who changed what, when.
 */
@ApplicationScoped
public class EventHistory {

    /** Fields every change touches, which say nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy", "createdAt", "createdBy",
            "claimCount", "agreement", "linkedFrom");

    /** The fields of a snapshot, in the order changes are reported. */
    private static final List<String> FIELDS = Arrays.stream(EventDto.class.getRecordComponents()).map(RecordComponent::getName)
            .filter(name -> !BOOKKEEPING.contains(name)).toList();

    private final EntityManager em;
    private final ObjectMapper json;
    /** Snapshots leave out null values: a sixth of their size, and an import writes one per event. */
    private final ObjectWriter snapshots;

    public EventHistory(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
        this.snapshots = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
    }

    /** Records the event as it is now; returns it unchanged. */
    public EventDto record(EventDto event) {
        recordAll(List.of(event));
        return event;
    }

    /**
     * Records each event as it is now, in one COPY. Not a native query per event: Hibernate flushes
     * the whole session before each one, which made an import of n events cost n² (measured: 60 % of
     * an import's time in flushes).
     */
    public void recordAll(List<EventDto> events) {
        if (events.isEmpty()) {
            return;
        }
        em.flush();
        CopyRows rows = new CopyRows();
        for (EventDto event : events) {
            try {
                rows.add(event.id()).add(event.version()).add(event.updatedAt()).add(event.updatedBy()).addUtf8(snapshots.writeValueAsBytes(event)).end();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An event record could not be written as JSON", e);
            }
        }
        em.unwrap(Session.class).doWork(connection -> rows.copyInto(connection, "event_revision (event_id, version, changed_at, changed_by, snapshot)"));
    }

    @SuppressWarnings("unchecked")
    public List<EventRevision> of(UUID eventId) {
        List<Tuple> rows = em.createNativeQuery("SELECT version, changed_at, changed_by, CAST(snapshot AS text) AS snapshot"
                + " FROM event_revision WHERE event_id = :id ORDER BY version", Tuple.class)
                .setParameter("id", eventId).getResultList();
        List<EventRevision> revisions = new ArrayList<>(rows.size());
        JsonNode previous = null;
        for (Tuple row : rows) {
            try {
                JsonNode snapshot = json.readTree(row.get("snapshot", String.class));
                revisions.add(new EventRevision(row.get("version", Number.class).intValue(), toOffset(row.get("changed_at")),
                        row.get("changed_by", String.class),
                        changedFields(previous, snapshot), json.treeToValue(snapshot, EventDto.class)));
                previous = snapshot;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored event revision is not readable", e);
            }
        }
        return revisions;
    }

    /** Snapshots written before nulls were left out have them: a null and an absent value are the same. */
    static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        for (String name : FIELDS) {
            if (before == null || !withoutNulls(after.get(name)).equals(withoutNulls(before.get(name)))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static JsonNode withoutNulls(JsonNode value) {
        if (isAbsent(value)) {
            return NullNode.getInstance();
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(field -> {
                if (!isAbsent(field.getValue())) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return copy;
        }
        if (value.isArray()) {
            // A reordering alone is no change: an event's parts had no order of their own in earlier revisions.
            List<JsonNode> elements = new ArrayList<>();
            value.forEach(element -> elements.add(withoutNulls(element)));
            elements.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            elements.forEach(copy::add);
            return copy;
        }
        return value;
    }

    private static OffsetDateTime toOffset(Object value) {
        return value instanceof OffsetDateTime odt ? odt : ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }
}
