package org.conflictmonitor.actors.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.conflictmonitor.common.demo.DemoDataFile;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.AliasDto;
import org.conflictmonitor.actors.api.ExternalIds;
import org.conflictmonitor.actors.api.RelationType;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.ActorRelation;
import org.conflictmonitor.actors.mapping.ActorMapper;
import org.conflictmonitor.actors.repository.ActorRepository;
import org.conflictmonitor.actors.repository.RelationRepository;

/**
 * Loads every actor of the seed article (TASS, 14 July 2020) with its aliases and relations, under
 * fixed ids that the other services' demo data refer to. Only what is missing is inserted, so loading
 * twice changes nothing and never overwrites a curator's edits. Off unless
 * {@code conflict-monitor.demo-data.enabled=true}: production databases start empty.
 */
@ApplicationScoped
public class DemoActorsLoader {

    private static final Logger LOG = Logger.getLogger(DemoActorsLoader.class);
    static final String RESOURCE = "demo/seed-actors.json";

    private final ActorRepository actors;
    private final RelationRepository relations;
    private final ActorMapper mapper;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoActorsLoader(ActorRepository actors, RelationRepository relations, ActorMapper mapper, ObjectMapper json,
            @ConfigProperty(name = DemoDataFile.ENABLED) boolean enabled) {
        this.actors = actors;
        this.relations = relations;
        this.mapper = mapper;
        this.json = json;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Inserts the seed actors and relations that are not there yet; returns how many rows it added. */
    @Transactional
    public int load() {
        Seed seed = DemoDataFile.read(json, RESOURCE, Seed.class);
        Set<UUID> presentActors = actors.findAllById(seed.actors().stream().map(SeedActor::id).toList()).stream()
                .map(a -> a.id).collect(Collectors.toSet());
        Set<UUID> presentRelations = relations.list("id in ?1", seed.relations().stream().map(SeedRelation::id).toList())
                .stream().map(r -> r.id).collect(Collectors.toSet());
        int added = 0;
        for (SeedActor s : seed.actors()) {
            if (!presentActors.contains(s.id())) {
                Actor actor = new Actor();
                actor.id = s.id();
                mapper.apply(new ActorRequest(s.kind(), s.name(), s.aliases(), s.country(), s.description(), s.externalIds(), null), actor);
                actors.persist(actor);
                added++;
            }
        }
        actors.flush();
        for (SeedRelation s : seed.relations()) {
            if (!presentRelations.contains(s.id())) {
                ActorRelation relation = new ActorRelation();
                relation.id = s.id();
                relation.type = s.type();
                relation.subjectId = s.subjectId();
                relation.objectId = s.objectId();
                relation.validFrom = s.validFrom();
                relation.validTo = s.validTo();
                relation.title = s.title();
                relations.persist(relation);
                added++;
            }
        }
        LOG.infof("Demo data: %d actors and %d relations of the seed article present, %d added now",
                seed.actors().size(), seed.relations().size(), added);
        return added;
    }

    record Seed(String source, List<SeedActor> actors, List<SeedRelation> relations) {
    }

    record SeedActor(UUID id, String kind, String name, String country, String description, List<AliasDto> aliases,
            ExternalIds externalIds) {
    }

    record SeedRelation(UUID id, RelationType type, UUID subjectId, UUID objectId, LocalDate validFrom, LocalDate validTo,
            String title) {
    }
}
