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

import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.ClaimDto;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.EventActor;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.EventPoints;
import org.conflictmonitor.events.api.EventLink;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventRevision;
import org.conflictmonitor.events.api.StatsBucket;
import org.conflictmonitor.events.api.StatsGroup;
import org.conflictmonitor.events.api.StatusChange;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.model.EventConnection;
import org.conflictmonitor.gateway.model.PageRequest;
import org.conflictmonitor.gateway.model.EventFilterInput;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.ActorsService;
import org.conflictmonitor.gateway.service.EventsService;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.gateway.service.SourcesService;

/** Events and the claims behind them: queries, statistics, navigation to everything they refer to, editing. */
@GraphQLApi
public class EventGraph {

    private final EventsService events;
    private final ActorsService actors;
    private final SourcesService sources;
    private final RoleCheck roles;
    private final Navigation navigation;

    public EventGraph(EventsService events, ActorsService actors, SourcesService sources, RoleCheck roles, Navigation navigation) {
        this.navigation = navigation;
        this.events = events;
        this.actors = actors;
        this.sources = sources;
        this.roles = roles;
    }

    @Query("event")
    @Description("One event by id. Null when no event has the id, or when it is a draft and the caller a viewer.")
    public EventDto event(@Name("id") @Description("Id of the event.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return events.eventsByIds(List.of(key)).get(key);
    }

    @Query("claim")
    @Description("One claim by id. Null when no claim has the id, or when its event is a draft and the caller a viewer.")
    public ClaimDto claim(@Name("id") @Description("Id of the claim.") @Id @NonNull String id) {
        UUID key = IdArgument.uuid("id", id);
        return events.claimsByIds(List.of(key)).get(key);
    }

    @Query("events")
    @Description("Events matching every filter given, newest first, a page at a time: forward with `first`/`after`, backward with `last`/`before`. Viewers see published events only.")
    public EventConnection events(
            @Name("filter") @Description("The filters; none gives all events.") EventFilterInput filter,
            @Name("first") @Description(PagingDirection.FIRST) Integer first,
            @Name("after") @Description(PagingDirection.AFTER) String after,
            @Name("last") @Description(PagingDirection.LAST) Integer last,
            @Name("before") @Description(PagingDirection.BEFORE) String before) {
        EventFilter query = filter == null ? EventFilterInput.none() : filter.toQuery();
        PageRequest page = PagingDirection.of(first, after, last, before);
        return EventConnection.of(events.listEvents(query, page.after(), page.before(), page.size()), page, query);
    }

    @Query("eventPoints")
    @Description("Every event matching the filters that has coordinates, newest first, as a map draws it (id, latitude, longitude, killed): a whole filter in one compact request instead of pages. `complete` says whether the limit cut the list. Viewers see published events only.")
    public EventPoints eventPoints(
            @Name("filter") @Description("The filters; none gives all events.") EventFilterInput filter,
            @Name("limit") @Description("At most this many points, 1 to 100,000.") @DefaultValue("50000") int limit) {
        if (limit < 1 || limit > EventPoints.MAX) {
            throw GatewayError.badUserInput("`limit` must be between 1 and " + EventPoints.MAX + ".",
                    List.of(new FieldError("limit", "must be between 1 and " + EventPoints.MAX)));
        }
        return events.points(filter == null ? EventFilterInput.none() : filter.toQuery(), limit);
    }

    @Name("totalCount")
    @Description("How many events the filters match, counted exactly up to 10,000 and estimated beyond (`exact` says which). Counted only when asked for.")
    public TotalCount totalCount(@Source EventConnection connection) {
        return events.countEvents(connection.filter());
    }

    @Query("eventStats")
    @Description("Number of events and sums of the best estimates of killed and injured, grouped by period, country, event type or actor, under the same filters as `events`.")
    public List<StatsBucket> eventStats(
            @Name("filter") @Description("The filters; none gives all events.") EventFilterInput filter,
            @Name("groupBy") @Description("How to group.") @NonNull StatsGroup groupBy) {
        return events.stats(filter == null ? EventFilterInput.none() : filter.toQuery(), groupBy.name());
    }

    @Query("eventHistory")
    @Description("Who changed an event, when and which fields, oldest first, with the event as it was after each change. Requires curator.")
    public List<EventRevision> eventHistory(@Name("id") @Description("Id of the event.") @Id @NonNull String id) {
        roles.require(Roles.CURATOR);
        return events.history(IdArgument.uuid("id", id));
    }

    @Name("conflict")
    @Description("The conflict the event belongs to, if any.")
    public CompletionStage<List<ConflictDto>> conflictOfEvents(@Source List<EventDto> parents) {
        return navigation.one(parents, EventDto::conflictId, events::conflictsByIds);
    }

    @Name("claims")
    @Description("The claims behind the event: which source said what, citing which article. Contradicting accounts are kept side by side.")
    public CompletionStage<List<List<ClaimDto>>> claimsOfEvents(@Source List<EventDto> parents) {
        return navigation.many(parents, EventDto::id, events::claimsOfEvents);
    }

    @Name("actor")
    @Description("The actor's full profile.")
    public CompletionStage<List<ActorDto>> actorOfParticipants(@Source List<EventActor> participants) {
        return navigation.one(participants, EventActor::actorId, actors::byIds);
    }

    @Name("event")
    @Description("The event at the other end of the link. Null when the caller may not see it.")
    public CompletionStage<List<EventDto>> eventOfLinks(@Source List<EventLink> links) {
        return navigation.one(links, EventLink::eventId, events::eventsByIds);
    }

    @Name("event")
    @Description("The event the claim is about.")
    public CompletionStage<List<EventDto>> eventOfClaims(@Source List<ClaimDto> claims) {
        return navigation.one(claims, ClaimDto::eventId, events::eventsByIds);
    }

    @Name("article")
    @Description("The article the claim cites.")
    public CompletionStage<List<ArticleSummaryDto>> articleOfClaims(@Source List<ClaimDto> claims) {
        return navigation.one(claims, ClaimDto::articleId, sources::articlesByIds);
    }

    @Name("claimant")
    @Description("Who made the claim (e.g. a defence ministry), if known.")
    public CompletionStage<List<ActorDto>> claimantOfClaims(@Source List<ClaimDto> claims) {
        return navigation.one(claims, ClaimDto::claimantActorId, actors::byIds);
    }

    @Name("initiator")
    @Description("Who, according to the claim, started it.")
    public CompletionStage<List<ActorDto>> initiatorOfClaims(@Source List<ClaimDto> claims) {
        return navigation.one(claims, ClaimDto::initiatorActorId, actors::byIds);
    }

    @Mutation("createEvent")
    @Description("Create an event; its actor, conflict and linked event ids must exist. Requires curator.")
    public EventDto createEvent(@Name("input") @Description("The new event.") @NonNull EventRequest input) {
        roles.require(Roles.CURATOR);
        return events.createEvent(input);
    }

    @Mutation("updateEvent")
    @Description("Replace an event's data; send the version you read (a stale one is a CONFLICT). Requires curator.")
    public EventDto updateEvent(@Name("id") @Description("Id of the event.") @Id @NonNull String id,
            @Name("input") @Description("The event's new data, with the version you read.") @NonNull EventRequest input) {
        roles.require(Roles.CURATOR);
        return events.updateEvent(IdArgument.uuid("id", id), input);
    }

    @Mutation("changeEventStatus")
    @Description("Publish a draft, retract an event or return it to draft, leaving the rest as it is; send the version you read (a stale one is a CONFLICT). Requires curator.")
    public EventDto changeEventStatus(@Name("id") @Description("Id of the event.") @Id @NonNull String id,
            @Name("input") @Description("The new status, with the version you read.") @NonNull StatusChange input) {
        roles.require(Roles.CURATOR);
        return events.changeStatus(IdArgument.uuid("id", id), input);
    }

    @Mutation("deleteEvent")
    @Description("Delete an event with its claims; returns its id. Requires admin.")
    @Id
    public UUID deleteEvent(@Name("id") @Description("Id of the event.") @Id @NonNull String id) {
        roles.require(Roles.ADMIN);
        UUID key = IdArgument.uuid("id", id);
        events.deleteEvent(key);
        return key;
    }

    @Mutation("addClaim")
    @Description("Add a claim to an event: who said what, citing which article. Requires curator.")
    public ClaimDto addClaim(@Name("eventId") @Description("Id of the event.") @Id @NonNull String eventId,
            @Name("input") @Description("The claim.") @NonNull ClaimRequest input) {
        roles.require(Roles.CURATOR);
        return events.addClaim(IdArgument.uuid("eventId", eventId), input);
    }

    @Mutation("updateClaim")
    @Description("Replace a claim's data; send the version you read. Requires curator.")
    public ClaimDto updateClaim(@Name("eventId") @Description("Id of the event.") @Id @NonNull String eventId,
            @Name("claimId") @Description("Id of the claim.") @Id @NonNull String claimId,
            @Name("input") @Description("The claim's new data, with the version you read.") @NonNull ClaimRequest input) {
        roles.require(Roles.CURATOR);
        return events.updateClaim(IdArgument.uuid("eventId", eventId), IdArgument.uuid("claimId", claimId), input);
    }

    @Mutation("deleteClaim")
    @Description("Delete a claim; returns its id. Requires admin.")
    @Id
    public UUID deleteClaim(@Name("eventId") @Description("Id of the event.") @Id @NonNull String eventId,
            @Name("claimId") @Description("Id of the claim.") @Id @NonNull String claimId) {
        roles.require(Roles.ADMIN);
        events.deleteClaim(IdArgument.uuid("eventId", eventId), IdArgument.uuid("claimId", claimId));
        return IdArgument.uuid("claimId", claimId);
    }
}
