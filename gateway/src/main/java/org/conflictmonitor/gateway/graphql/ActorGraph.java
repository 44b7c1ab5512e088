package org.conflictmonitor.gateway.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ActorFilter;
import org.conflictmonitor.actors.api.ActorKind;
import org.conflictmonitor.actors.api.ActorRef;
import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.RelationDto;
import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.actors.api.RelationType;
import org.conflictmonitor.actors.api.ResolveCandidate;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.gateway.model.ActorConnection;
import org.conflictmonitor.gateway.model.PageRequest;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.ActorsService;
import org.conflictmonitor.gateway.service.EventsService;

/** Actors: who they are, how they relate, what they took part in; and their editing. */
@GraphQLApi
public class ActorGraph {

    private final ActorsService actors;
    private final EventsService events;
    private final RoleCheck roles;
    private final Navigation navigation;

    public ActorGraph(ActorsService actors, EventsService events, RoleCheck roles, Navigation navigation) {
        this.navigation = navigation;
        this.actors = actors;
        this.events = events;
        this.roles = roles;
    }

    @Query("actor")
    @Description("One actor by id; the id of a merged duplicate gives the actor it was merged into. Null when no actor has the id.")
    public ActorDto actor(@Name("id") @Description("Id of the actor.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return actors.byIds(List.of(key)).get(key);
    }

    @Query("actors")
    @Description("Actors ordered by name (accents and case ignored), a page at a time: forward with `first`/`after`, backward with `last`/`before`. Merged duplicates are not listed.")
    public ActorConnection actors(
            @Name("q") @Description("Text the name or an alias contains, accents and case ignored.") String q,
            @Name("kinds") @Description("Keep actors of these kinds.") List<ActorKind> kinds,
            @Name("country") @Description("ISO 3166-1 alpha-3 country the actor belongs to.") String country,
            @Name("first") @Description(PagingDirection.FIRST) Integer first,
            @Name("after") @Description(PagingDirection.AFTER) String after,
            @Name("last") @Description(PagingDirection.LAST) Integer last,
            @Name("before") @Description(PagingDirection.BEFORE) String before) {
        ActorFilter filter = ActorFilter.of(q, names(kinds), country);
        PageRequest page = PagingDirection.of(first, after, last, before);
        return ActorConnection.of(actors.list(filter, page.after(), page.before(), page.size()), page, filter);
    }

    @Name("totalCount")
    @Description("How many actors the filters match, counted exactly up to 10,000 and estimated beyond (`exact` says which). Counted only when asked for.")
    public TotalCount totalCount(@Source ActorConnection connection) {
        return actors.count(connection.filter());
    }

    @Query("resolveActors")
    @Description("The actors a name in a text most likely means (e.g. `Lavrov`, `Azerbaijan's Defense Ministry`), best first, with a score from 0 to 1.")
    public List<ResolveCandidate> resolveActors(
            @Name("name") @Description("The name as written in the text.") @NonNull String name,
            @Name("kinds") @Description("Keep actors of these kinds.") List<ActorKind> kinds,
            @Name("first") @Description("At most this many candidates, 1 to 50.") @DefaultValue("10") int first) {
        return actors.resolve(name, names(kinds), first);
    }

    @Name("relations")
    @Description("The actor's dated relations (member of, part of, holds the position of…), as subject or object, oldest first.")
    public CompletionStage<List<List<RelationDto>>> relationsOfActors(@Source List<ActorDto> parents,
            @Name("type") @Description("Keep only relations of this type.") RelationType type) {
        return navigation.many(parents, ActorDto::id, actors::relationsOfActors).thenApply(all -> type == null ? all
                : all.stream().map(rs -> rs.stream().filter(r -> r.type() == type).toList()).toList());
    }

    @Name("events")
    @Description("The events the actor took part in on either side, newest first.")
    public CompletionStage<List<List<EventDto>>> eventsOfActors(@Source List<ActorDto> parents,
            @Name("first") @Description("At most this many events per actor, 1 to 100.") @DefaultValue("20") int first,
            @Name("from") @Description("Keep events that overlap the period starting on this day.") LocalDate from,
            @Name("to") @Description("Keep events that overlap the period ending on this day.") LocalDate to,
            @Name("eventType") @Description("Keep events of this ACLED event type.") EventType eventType) {
        int limit = Paging.first(first);
        return navigation.many(parents, ActorDto::id,
                ids -> events.eventsOfActors(new KeysRequest(List.copyOf(ids), limit, from, to, eventType)));
    }

    @Name("actor")
    @Description("The full profile of the actor referred to.")
    public CompletionStage<List<ActorDto>> actorOfRefs(@Source List<ActorRef> refs) {
        return navigation.one(refs, ActorRef::id, actors::byIds);
    }

    @Mutation("createActor")
    @Description("Create an actor. Requires curator.")
    public ActorDto createActor(@Name("input") @Description("The new actor.") @NonNull ActorRequest input) {
        roles.require(Roles.CURATOR);
        return actors.create(input);
    }

    @Mutation("updateActor")
    @Description("Replace an actor's data; send the version you read (a stale one is a CONFLICT). Requires curator.")
    public ActorDto updateActor(@Name("id") @Description("Id of the actor.") @Id @NonNull String id,
            @Name("input") @Description("The actor's new data, with the version you read.") @NonNull ActorRequest input) {
        roles.require(Roles.CURATOR);
        return actors.update(IdArgument.uuid("id", id), input);
    }

    @Mutation("deleteActor")
    @Description("Delete an actor with its aliases and relations; returns its id. Requires admin.")
    @Id
    public UUID deleteActor(@Name("id") @Description("Id of the actor.") @Id @NonNull String id) {
        roles.require(Roles.ADMIN);
        UUID key = IdArgument.uuid("id", id);
        actors.delete(key);
        return key;
    }

    @Mutation("mergeActors")
    @Description("Merge a duplicate into the surviving actor: its names become aliases, its relations and external ids move over, and its id keeps answering with the survivor. Requires admin.")
    public ActorDto mergeActors(@Name("survivorId") @Description("Id of the actor that stays.") @Id @NonNull String survivorId,
            @Name("duplicateId") @Description("Id of the duplicate that is merged into it.") @Id @NonNull String duplicateId) {
        roles.require(Roles.ADMIN);
        return actors.merge(IdArgument.uuid("survivorId", survivorId), IdArgument.uuid("duplicateId", duplicateId));
    }

    @Mutation("addActorRelation")
    @Description("Relate an actor (the subject) to another (member of, part of, holds the position of…), for a period. Requires curator.")
    public RelationDto addActorRelation(@Name("actorId") @Description("Id of the subject actor.") @Id @NonNull String actorId,
            @Name("input") @Description("The relation.") @NonNull RelationRequest input) {
        roles.require(Roles.CURATOR);
        return actors.addRelation(IdArgument.uuid("actorId", actorId), input);
    }

    @Mutation("removeActorRelation")
    @Description("Remove a relation; returns its id. Requires curator.")
    @Id
    public UUID removeActorRelation(@Name("actorId") @Description("Id of the actor.") @Id @NonNull String actorId,
            @Name("relationId") @Description("Id of the relation.") @Id @NonNull String relationId) {
        roles.require(Roles.CURATOR);
        actors.removeRelation(IdArgument.uuid("actorId", actorId), IdArgument.uuid("relationId", relationId));
        return IdArgument.uuid("relationId", relationId);
    }

    static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }
}
