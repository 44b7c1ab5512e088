package org.conflictmonitor.events.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.Hibernate;

import org.conflictmonitor.events.api.ActorRole;
import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.EventLinkType;
import org.conflictmonitor.events.api.InjurySeverity;
import org.conflictmonitor.events.api.Personnel;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.entity.Casualty;
import org.conflictmonitor.events.entity.Count;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.entity.Link;
import org.conflictmonitor.events.entity.Participant;

/**
 * An event's actors, casualties and outgoing links, in one order wherever they are read from (the
 * tables keep none): side A before side B, primary actors before associated ones; casualties by
 * group as {@link CasualtyGroup} lists them; links by type. A page of events reads them with one
 * plain SQL query each rather than as Hibernate collections: loading those collections took 38 % of
 * events-service's CPU in a profile of pages of 100 events (JFR, the gateway benchmark's load).
 */
public record EventParts(List<Participant> actors, List<Casualty> casualties, List<Link> links) {

    private static final EventParts NONE = new EventParts(List.of(), List.of(), List.of());
    private static final Comparator<Participant> ACTORS = Comparator.comparing((Participant p) -> p.side)
            .thenComparing(p -> p.role).thenComparing(p -> p.actorId);
    private static final Comparator<Casualty> CASUALTIES = Comparator.comparing((Casualty c) -> c.group)
            .thenComparing(c -> c.personnel, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Link> LINKS = Comparator.comparing((Link l) -> l.type).thenComparing(l -> l.targetId);

    /** The parts an entity holds, when its collections are loaded already (as after a write); null otherwise. */
    public static EventParts loadedIn(Event e) {
        return Hibernate.isInitialized(e.actors) && Hibernate.isInitialized(e.casualties) && Hibernate.isInitialized(e.links)
                ? ordered(e.actors, e.casualties, e.links)
                : null;
    }

    /** The parts of each of these events, an event without any having none. */
    public static Map<UUID, EventParts> of(EntityManager em, Collection<UUID> ids) {
        Map<UUID, EventParts> parts = new HashMap<>();
        if (ids.isEmpty()) {
            return parts;
        }
        for (Tuple row : rows(em, "SELECT event_id, actor_id, side, role FROM event_actor WHERE event_id IN (:ids)", ids)) {
            partsOf(parts, row).actors().add(new Participant(row.get("actor_id", UUID.class), Side.valueOf(row.get("side", String.class)),
                    ActorRole.valueOf(row.get("role", String.class))));
        }
        for (Tuple row : rows(em, "SELECT event_id, casualty_group, personnel, killed_low, killed_best, killed_high,"
                + " injured_low, injured_best, injured_high, injury_severity FROM event_casualties WHERE event_id IN (:ids)", ids)) {
            Casualty c = new Casualty();
            c.group = CasualtyGroup.valueOf(row.get("casualty_group", String.class));
            c.personnel = constant(Personnel.class, row.get("personnel", String.class));
            c.killed = new Count(row.get("killed_low", Integer.class), row.get("killed_best", Integer.class), row.get("killed_high", Integer.class));
            c.injured = new Count(row.get("injured_low", Integer.class), row.get("injured_best", Integer.class), row.get("injured_high", Integer.class));
            c.injurySeverity = constant(InjurySeverity.class, row.get("injury_severity", String.class));
            partsOf(parts, row).casualties().add(c);
        }
        for (Tuple row : rows(em, "SELECT event_id, type, target_id FROM event_link WHERE event_id IN (:ids)", ids)) {
            partsOf(parts, row).links().add(new Link(EventLinkType.valueOf(row.get("type", String.class)), row.get("target_id", UUID.class)));
        }
        parts.replaceAll((id, read) -> ordered(read.actors(), read.casualties(), read.links()));
        return parts;
    }

    /** The parts of an entity, its collections loaded when they are not yet: for one event at a time. */
    public static EventParts ofEntity(Event e) {
        return ordered(e.actors, e.casualties, e.links);
    }

    /** What an event without rows in the part tables has. */
    public static EventParts none() {
        return NONE;
    }

    /** Sorted copies: an entity's own collections stay as Hibernate keeps them. */
    private static EventParts ordered(List<Participant> actors, List<Casualty> casualties, List<Link> links) {
        return new EventParts(actors.stream().sorted(ACTORS).toList(), casualties.stream().sorted(CASUALTIES).toList(),
                links.stream().sorted(LINKS).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> rows(EntityManager em, String sql, Collection<UUID> ids) {
        return em.createNativeQuery(sql, Tuple.class).setParameter("ids", ids).getResultList();
    }

    private static EventParts partsOf(Map<UUID, EventParts> parts, Tuple row) {
        return parts.computeIfAbsent(row.get("event_id", UUID.class), id -> new EventParts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
