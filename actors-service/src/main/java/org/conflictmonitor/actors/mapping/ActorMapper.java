package org.conflictmonitor.actors.mapping;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.actors.api.AcledActorType;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorKind;
import org.conflictmonitor.actors.api.ActorRef;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.AliasDto;
import org.conflictmonitor.actors.api.ExternalIds;
import org.conflictmonitor.actors.api.RelationDto;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.ActorRelation;
import org.conflictmonitor.actors.entity.Alias;

/**
 * Between entities and the records on the wire.
 */
@ApplicationScoped
public class ActorMapper {

    /** The actor with these aliases (its own, or read for a whole page) and the ids merged into it. */
    public ActorDto toDto(Actor actor, Collection<Alias> aliases, List<UUID> mergedIds) {
        AcledActorType acled = actor.kind.acledType();
        return new ActorDto(actor.id, actor.kind, acled == null ? null : acled.code(), actor.name,
                aliases.stream().map(a -> new AliasDto(a.name, a.lang)).toList(),
                actor.country, actor.description, new ExternalIds(actor.wikidataId, actor.ucdpActorId, actor.ucdpName),
                List.copyOf(mergedIds), actor.createdAt, actor.createdBy, actor.updatedAt, actor.updatedBy, actor.version);
    }

    /** Copies what a client may set; ids, audit columns and version stay the service's. */
    public void apply(ActorRequest request, Actor actor) {
        actor.kind = ActorKind.valueOf(request.kind());
        actor.name = request.name().strip();
        actor.country = request.country();
        actor.description = blankToNull(request.description());
        ExternalIds ids = request.externalIds();
        actor.wikidataId = ids == null ? null : ids.wikidata();
        actor.ucdpActorId = ids == null ? null : ids.ucdpActorId();
        actor.ucdpName = ids == null ? null : ids.ucdpName();
        actor.aliases.clear();
        if (request.aliases() != null) {
            request.aliases().forEach(a -> actor.aliases.add(new Alias(a.name().strip(), a.lang())));
        }
        // The main name is not also an alias of itself.
        actor.aliases.removeIf(a -> a.name.equals(actor.name) && a.lang == null);
    }

    public RelationDto toDto(ActorRelation relation, Map<UUID, Actor> actors) {
        return new RelationDto(relation.id, relation.type, ref(actors.get(relation.subjectId)),
                ref(actors.get(relation.objectId)), relation.validFrom, relation.validTo, relation.title);
    }

    public ActorRef ref(Actor actor) {
        return new ActorRef(actor.id, actor.name, actor.kind);
    }
}
