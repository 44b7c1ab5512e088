package org.conflictmonitor.events.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.conflictmonitor.common.demo.DemoDataFile;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.EventLinkType;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Conflict;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.entity.Link;
import org.conflictmonitor.events.mapping.ClaimMapper;
import org.conflictmonitor.events.mapping.ConflictMapper;
import org.conflictmonitor.events.mapping.EventMapper;
import org.conflictmonitor.events.repository.ClaimRepository;
import org.conflictmonitor.events.repository.ConflictRepository;
import org.conflictmonitor.events.repository.EventRepository;
import org.conflictmonitor.events.service.EventCode;

/**
 * Loads the Nagorno-Karabakh conflict with its background, and every event and claim of the seed
 * article: the 12 July 2020 clash with both defence ministries' contradicting accounts, and the
 * reactions linked to it. Actor and article ids are the fixed ids of the other services' demo data.
 * Only what is missing is inserted, so loading twice changes nothing. Off unless
 * {@code conflict-monitor.demo-data.enabled=true}.
 */
@ApplicationScoped
public class DemoEventsLoader {

    private static final Logger LOG = Logger.getLogger(DemoEventsLoader.class);
    static final String RESOURCE = "demo/seed-events.json";

    private final ConflictRepository conflicts;
    private final EventRepository events;
    private final ClaimRepository claims;
    private final ConflictMapper conflictMapper;
    private final EventMapper eventMapper;
    private final ClaimMapper claimMapper;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoEventsLoader(ConflictRepository conflicts, EventRepository events, ClaimRepository claims, ConflictMapper conflictMapper,
            EventMapper eventMapper, ClaimMapper claimMapper, ObjectMapper json,
            @ConfigProperty(name = DemoDataFile.ENABLED) boolean enabled) {
        this.conflicts = conflicts;
        this.events = events;
        this.claims = claims;
        this.conflictMapper = conflictMapper;
        this.eventMapper = eventMapper;
        this.claimMapper = claimMapper;
        this.json = json;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Inserts the seed conflict, events and claims that are not there yet; returns how many rows it added. */
    @Transactional
    public int load() {
        Seed seed = DemoDataFile.read(json, RESOURCE, Seed.class);
        int added = 0;
        for (SeedConflict s : seed.conflicts()) {
            if (conflicts.findByIdOptional(s.id()).isEmpty()) {
                Conflict conflict = new Conflict();
                conflict.id = s.id();
                conflictMapper.apply(s.conflict(), conflict);
                conflicts.persist(conflict);
                added++;
            }
        }
        conflicts.flush();
        // Events first, all of them, so that links between them find their targets.
        Set<UUID> inserted = new HashSet<>();
        for (SeedEvent s : seed.events()) {
            if (events.findByIdOptional(s.id()).isEmpty()) {
                inserted.add(s.id());
                Event event = new Event();
                event.id = s.id();
                eventMapper.apply(s.event(), event);
                event.links.clear();
                String prefix = event.country + "-" + event.dateFrom.getYear();
                event.code = EventCode.of(prefix, events.nextCodeNumber(prefix));
                events.persist(event);
                added++;
            }
        }
        events.flush();
        for (SeedEvent s : seed.events()) {
            if (inserted.contains(s.id()) && s.event().links() != null) {
                Event event = events.findById(s.id());
                s.event().links().forEach(l -> event.links.add(new Link(EventLinkType.valueOf(l.type()), l.eventId())));
            }
            for (SeedClaim sc : s.claims()) {
                if (claims.findByIdOptional(sc.id()).isEmpty()) {
                    Claim claim = new Claim();
                    claim.id = sc.id();
                    claim.eventId = s.id();
                    claimMapper.apply(sc.claim(), claim);
                    claims.persist(claim);
                    added++;
                }
            }
        }
        LOG.infof("Demo data: %d conflicts and %d events of the seed article present, %d rows added now",
                seed.conflicts().size(), seed.events().size(), added);
        return added;
    }

    record Seed(String source, List<SeedConflict> conflicts, List<SeedEvent> events) {
    }

    record SeedConflict(UUID id, ConflictRequest conflict) {
    }

    record SeedEvent(UUID id, EventRequest event, List<SeedClaim> claims) {
    }

    record SeedClaim(UUID id, ClaimRequest claim) {
    }
}
