package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.mapping.EventMapper;
import org.conflictmonitor.events.repository.ClaimRepository;
import org.conflictmonitor.events.repository.EventParts;
import org.conflictmonitor.events.repository.EventRepository;

/**
 * Builds the event records of a page with a fixed number of queries whatever its size: the events'
 * claims, incoming links and linked codes are each read for the whole page at once.
 */
@ApplicationScoped
public class EventAssembler {

    private final EventRepository events;
    private final ClaimRepository claims;
    private final EventMapper mapper;
    private final AgreementCalculator agreements;

    public EventAssembler(EventRepository events, ClaimRepository claims, EventMapper mapper, AgreementCalculator agreements) {
        this.events = events;
        this.claims = claims;
        this.mapper = mapper;
        this.agreements = agreements;
    }

    public List<EventDto> toDtos(List<Event> page) {
        List<UUID> ids = page.stream().map(e -> e.id).toList();
        Map<UUID, EventParts> parts = partsOf(page);
        Map<UUID, List<Claim>> claimsByEvent = claims.ofEvents(ids).stream().collect(Collectors.groupingBy(c -> c.eventId));
        Map<UUID, List<EventRepository.IncomingLink>> incoming = events.linksTo(ids);
        Set<UUID> linked = new HashSet<>();
        parts.values().forEach(p -> p.links().forEach(l -> linked.add(l.targetId)));
        Map<UUID, String> codes = events.codes(linked);
        List<EventDto> dtos = new ArrayList<>(page.size());
        for (Event e : page) {
            List<Claim> own = claimsByEvent.getOrDefault(e.id, List.of());
            List<EventMapper.Incoming> in = incoming.getOrDefault(e.id, List.of()).stream()
                    .map(l -> new EventMapper.Incoming(l.sourceId(), l.type(), l.sourceCode())).toList();
            dtos.add(mapper.toDto(e, parts.get(e.id), codes, in, own.size(), agreements.of(own)));
        }
        return dtos;
    }

    /** Each event's parts: those an entity holds already, the others read for the whole page at once. */
    private Map<UUID, EventParts> partsOf(List<Event> page) {
        Map<UUID, EventParts> parts = new HashMap<>();
        List<UUID> unread = new ArrayList<>();
        for (Event e : page) {
            EventParts loaded = EventParts.loadedIn(e);
            if (loaded != null) {
                parts.put(e.id, loaded);
            } else {
                unread.add(e.id);
            }
        }
        Map<UUID, EventParts> read = events.partsOf(unread);
        unread.forEach(id -> parts.put(id, read.getOrDefault(id, EventParts.none())));
        return parts;
    }

    /**
     * New events as they read back once stored, without reading them: nothing links to an event that
     * did not exist, and its claims are the ones given.
     */
    public List<EventDto> toNewDtos(List<Event> created, Map<UUID, List<Claim>> claimsByEvent) {
        Set<UUID> linked = new HashSet<>();
        created.forEach(e -> e.links.forEach(l -> linked.add(l.targetId)));
        Map<UUID, String> codes = linked.isEmpty() ? Map.of() : events.codes(linked);
        List<EventDto> dtos = new ArrayList<>(created.size());
        for (Event e : created) {
            List<Claim> own = claimsByEvent.getOrDefault(e.id, List.of());
            dtos.add(mapper.toDto(e, EventParts.ofEntity(e), codes, List.of(), own.size(), agreements.of(own)));
        }
        return dtos;
    }

    public EventDto toDto(Event event) {
        return toDtos(List.of(event)).get(0);
    }
}
