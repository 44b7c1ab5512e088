package org.conflictmonitor.events.mapping;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.events.api.ActorRole;
import org.conflictmonitor.events.api.Agreement;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.Estimate;
import org.conflictmonitor.events.api.EventActor;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventLink;
import org.conflictmonitor.events.api.EventLinkType;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.Location;
import org.conflictmonitor.events.api.LocationPrecision;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.api.UcdpCoding;
import org.conflictmonitor.events.api.UcdpViolenceType;
import org.conflictmonitor.events.entity.Count;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.repository.EventParts;
import org.conflictmonitor.events.entity.UcdpColumns;
import org.conflictmonitor.events.api.Classification;
import org.conflictmonitor.events.entity.Link;
import org.conflictmonitor.events.entity.Participant;

@ApplicationScoped
public class EventMapper {

    /** What an event is linked from, as the repository reads it: source event id, link type, source code. */
    public record Incoming(UUID eventId, EventLinkType type, String code) {
    }

    public EventDto toDto(Event e, EventParts parts, Map<UUID, String> linkedCodes, List<Incoming> incoming, int claimCount, Agreement agreement) {
        return new EventDto(e.id, e.code, e.conflictId, e.dateFrom, e.dateTo, e.datePrecision, e.disorderType, e.eventType,
                e.subEventType, e.title, e.notes,
                new Location(e.country, e.admin1, e.admin2, e.place, e.latitude, e.longitude, e.locationPrecision.name()),
                parts.actors().stream().map(a -> new EventActor(a.actorId, a.side.name(), a.role.name())).toList(),
                estimate(e.killed), estimate(e.injured),
                CasualtyMapper.toDtos(parts.casualties()),
                e.civilianTargeting, List.copyOf(e.tags),
                parts.links().stream().map(l -> new EventLink(l.type.name(), l.targetId, linkedCodes.get(l.targetId))).toList(),
                incoming.stream().map(i -> new EventLink(i.type().name(), i.eventId(), i.code())).toList(),
                ucdp(e.ucdp), e.status, claimCount, agreement, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy, e.version);
    }

    /** The event as a request that would write it as it is; what an import compares with. */
    public EventRequest toRequest(Event e) {
        EventDto d = toDto(e, EventParts.ofEntity(e), Map.of(), List.of(), 0, null);
        return new EventRequest(d.conflictId(), d.dateFrom(), d.dateTo(), name(d.datePrecision()), name(d.disorderType()),
                name(d.eventType()), name(d.subEventType()), d.title(), d.notes(), d.location(), d.actors(), d.killed(), d.injured(),
                d.casualties(), d.civilianTargeting(), d.tags(),
                d.links().stream().map(l -> new EventLink(l.type(), l.eventId(), null)).toList(), d.ucdp(), name(d.status()), null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Copies what a client may set; the classification must already be known to be consistent. */
    public void apply(EventRequest r, Event e) {
        e.conflictId = r.conflictId();
        e.dateFrom = r.dateFrom();
        e.dateTo = r.dateTo() == null ? r.dateFrom() : r.dateTo();
        e.datePrecision = r.datePrecision() == null ? DatePrecision.DAY : DatePrecision.valueOf(r.datePrecision());
        Classification classification = Classification.of(r.disorderType(), r.eventType(), r.subEventType(), new ArrayList<>());
        e.subEventType = classification.subEventType();
        e.eventType = classification.eventType();
        e.disorderType = classification.disorderType();
        e.title = r.title().strip();
        e.notes = blankToNull(r.notes());
        Location l = r.location();
        e.country = l.country();
        e.admin1 = blankToNull(l.admin1());
        e.admin2 = blankToNull(l.admin2());
        e.place = blankToNull(l.place());
        e.latitude = l.latitude();
        e.longitude = l.longitude();
        e.locationPrecision = l.precision() == null ? LocationPrecision.COUNTRY : LocationPrecision.valueOf(l.precision());
        e.actors.clear();
        if (r.actors() != null) {
            r.actors().forEach(a -> e.actors.add(new Participant(a.actorId(), Side.valueOf(a.side()),
                    a.role() == null ? ActorRole.PRIMARY : ActorRole.valueOf(a.role()))));
        }
        e.killed = CasualtyMapper.count(r.killed());
        e.injured = CasualtyMapper.count(r.injured());
        CasualtyMapper.replace(e.casualties, r.casualties());
        e.civilianTargeting = Boolean.TRUE.equals(r.civilianTargeting());
        e.tags = new ArrayList<>(new LinkedHashSet<>(r.tags() == null ? List.of() : r.tags()));
        e.links.clear();
        if (r.links() != null) {
            r.links().forEach(k -> e.links.add(new Link(EventLinkType.valueOf(k.type()), k.eventId())));
        }
        if (r.ucdp() != null) {
            // The coding belongs to the import: an update that leaves it out keeps it, and what the
            // import last wrote stays with it.
            ObjectNode imported = e.ucdp == null ? null : e.ucdp.imported;
            e.ucdp = ucdp(r.ucdp());
            e.ucdp.imported = imported;
        }
        e.status = r.status() == null ? EventStatus.DRAFT : EventStatus.valueOf(r.status());
    }

    /** Gives an event a UCDP coding and nothing else: an import that finds a curated event to be a UCDP event. */
    public void applyCoding(UcdpCoding coding, Event e) {
        e.ucdp = ucdp(coding);
    }

    private static UcdpCoding ucdp(UcdpColumns u) {
        return u == null || u.eventId == null ? null : new UcdpCoding(u.eventId, u.relid, u.violenceType.name(), u.datePrecision,
                u.locationPrecision, u.version, u.anomalies == null ? List.of() : List.of(u.anomalies), u.attributes == null ? List.of() : List.copyOf(u.attributes));
    }

    private static UcdpColumns ucdp(UcdpCoding c) {
        if (c == null) {
            return null;
        }
        UcdpColumns u = new UcdpColumns();
        u.eventId = c.eventId();
        u.relid = blankToNull(c.relid());
        u.violenceType = UcdpViolenceType.valueOf(c.typeOfViolence());
        u.datePrecision = c.datePrecision();
        u.locationPrecision = c.locationPrecision();
        u.version = c.version();
        u.anomalies = c.anomalies() == null || c.anomalies().isEmpty() ? null : c.anomalies().stream().distinct().sorted().toArray(String[]::new);
        u.attributes = c.attributes() == null || c.attributes().isEmpty() ? null : List.copyOf(c.attributes());
        return u;
    }

    /** The event's totals keep their shape when unknown, as clients have always read them. */
    private static Estimate estimate(Count c) {
        return c == null ? new Estimate(null, null, null) : new Estimate(c.low, c.best, c.high);
    }
}
