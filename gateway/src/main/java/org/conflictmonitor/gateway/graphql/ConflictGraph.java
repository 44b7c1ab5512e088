package org.conflictmonitor.gateway.graphql;

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

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;
import org.conflictmonitor.events.api.ConflictParty;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.gateway.model.ConflictConnection;
import org.conflictmonitor.gateway.model.PageRequest;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.ActorsService;
import org.conflictmonitor.gateway.service.EventsService;

/** Conflicts: their parties, background and events; and their editing. */
@GraphQLApi
public class ConflictGraph {

    private final EventsService events;
    private final ActorsService actors;
    private final RoleCheck roles;
    private final Navigation navigation;

    public ConflictGraph(EventsService events, ActorsService actors, RoleCheck roles, Navigation navigation) {
        this.navigation = navigation;
        this.events = events;
        this.actors = actors;
        this.roles = roles;
    }

    @Query("conflict")
    @Description("One conflict by id. Null when no conflict has the id.")
    public ConflictDto conflict(@Name("id") @Description("Id of the conflict.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return events.conflictsByIds(List.of(key)).get(key);
    }

    @Query("conflicts")
    @Description("Conflicts ordered by name, a page at a time: forward with `first`/`after`, backward with `last`/`before`.")
    public ConflictConnection conflicts(
            @Name("q") @Description("Text the name contains, case ignored.") String q,
            @Name("first") @Description(PagingDirection.FIRST) Integer first,
            @Name("after") @Description(PagingDirection.AFTER) String after,
            @Name("last") @Description(PagingDirection.LAST) Integer last,
            @Name("before") @Description(PagingDirection.BEFORE) String before) {
        ConflictFilter filter = ConflictFilter.of(q, null);
        PageRequest page = PagingDirection.of(first, after, last, before);
        return ConflictConnection.of(events.listConflicts(filter, page.after(), page.before(), page.size()), page, filter);
    }

    @Name("totalCount")
    @Description("How many conflicts the filters match, counted exactly up to 10,000 and estimated beyond (`exact` says which). Counted only when asked for.")
    public TotalCount totalCount(@Source ConflictConnection connection) {
        return events.countConflicts(connection.filter());
    }

    @Name("actor")
    @Description("The party's full actor profile.")
    public CompletionStage<List<ActorDto>> actorOfParties(@Source List<ConflictParty> parties) {
        return navigation.one(parties, ConflictParty::actorId, actors::byIds);
    }

    @Name("events")
    @Description("The conflict's events, newest first.")
    public CompletionStage<List<List<EventDto>>> eventsOfConflicts(@Source List<ConflictDto> parents,
            @Name("first") @Description("At most this many events per conflict, 1 to 100.") @DefaultValue("20") int first) {
        int limit = Paging.first(first);
        return navigation.many(parents, ConflictDto::id, ids -> events.eventsOfConflicts(new KeysRequest(List.copyOf(ids), limit)));
    }

    @Mutation("createConflict")
    @Description("Create a conflict; its party actor ids must exist. Requires curator.")
    public ConflictDto createConflict(@Name("input") @Description("The new conflict.") @NonNull ConflictRequest input) {
        roles.require(Roles.CURATOR);
        return events.createConflict(input);
    }

    @Mutation("updateConflict")
    @Description("Replace a conflict's data; send the version you read. Requires curator.")
    public ConflictDto updateConflict(@Name("id") @Description("Id of the conflict.") @Id @NonNull String id,
            @Name("input") @Description("The conflict's new data, with the version you read.") @NonNull ConflictRequest input) {
        roles.require(Roles.CURATOR);
        return events.updateConflict(IdArgument.uuid("id", id), input);
    }

    @Mutation("deleteConflict")
    @Description("Delete a conflict; its events stay, without a conflict. Returns its id. Requires admin.")
    @Id
    public UUID deleteConflict(@Name("id") @Description("Id of the conflict.") @Id @NonNull String id) {
        roles.require(Roles.ADMIN);
        UUID key = IdArgument.uuid("id", id);
        events.deleteConflict(key);
        return key;
    }
}
