package org.conflictmonitor.events.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events and the claims behind them. Viewers read published events, curators create and edit, admins delete.
 */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Conflict events (ACLED classification, time, place, actors by side, casualty estimates) and the claims behind them, contradictions kept side by side.")
public interface EventsApi {

    @GET
    @Operation(summary = "Query events", description = "Events matching every filter given, newest first (by start date), one page at a time, forward with `cursor` or backward with `before`. Viewers see published events only. Requires viewer.")
    Page<EventDto> list(@Valid @BeanParam EventFilter filter,
            @Parameter(description = "The `nextCursor` of the previous page, or any item's cursor: the items after it.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Any item's cursor, or a page's `previousCursor`: the items just before it, in list order (without `cursor`). Leave both out for the newest.")
            @QueryParam("before") String before,
            @Parameter(description = "Page size, 1 to 500; 20 when left out (an event comes with its actors, estimates and agreement).")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(PageLimits.MAX) int limit);

    @GET
    @Path("/count")
    @Operation(summary = "Count events", description = "How many events match the filters (the same as the query's): counted exactly up to `bound`, estimated from PostgreSQL's statistics beyond it. Viewers count published events only. Requires viewer.")
    TotalCount count(@Valid @BeanParam EventFilter filter,
            @Parameter(description = "Count exactly up to this many, 1 to 10,000; 10,000 when left out.")
            @QueryParam("bound") @DefaultValue("10000") @Min(1) @Max(TotalCount.MAX_EXACT) int bound);

    @GET
    @Path("/points")
    @Operation(summary = "Events as map points", description = "The events matching the filters (the same as the query's) that have coordinates, newest first, each as id, latitude, longitude and best estimate of killed: a whole filter for a map in one request. `complete` is false when `limit` cut the list. Viewers see published events only. Requires viewer.")
    EventPoints points(@Valid @BeanParam EventFilter filter,
            @Parameter(description = "At most this many points, 1 to 100,000; 50,000 when left out.")
            @QueryParam("limit") @DefaultValue("50000") @Min(1) @Max(EventPoints.MAX) int limit);

    @GET
    @Path("/stats")
    @Operation(summary = "Event statistics", description = "Counts and sums of best-estimate killed and injured, grouped, under the same filters as the query. Requires viewer.")
    List<StatsBucket> stats(@Valid @BeanParam EventFilter filter,
            @Parameter(description = "How to group.", required = true, schema = @Schema(implementation = StatsGroup.class))
            @QueryParam("groupBy") @NotNull @OneOf(StatsGroup.class) String groupBy);

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export events as CSV", description = "Every event matching the filters, newest first, in ACLED-like columns; streamed, so any number of rows. Requires viewer.")
    @APIResponse(responseCode = "200", description = "CSV with a header row.", content = @Content(mediaType = "text/csv"))
    StreamingOutput exportCsv(@Valid @BeanParam EventFilter filter);

    @GET
    @Path("/export.geojson")
    @Produces("application/geo+json")
    @Operation(summary = "Export events as GeoJSON", description = "Every event with coordinates matching the filters, as a FeatureCollection of points; streamed. Requires viewer.")
    @APIResponse(responseCode = "200", description = "A GeoJSON FeatureCollection.", content = @Content(mediaType = "application/geo+json"))
    StreamingOutput exportGeoJson(@Valid @BeanParam EventFilter filter);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one event", description = "With its actors, links and claim agreement. Requires viewer (published events) or curator.")
    @APIResponse(responseCode = "200", description = "The event.")
    @APIResponse(responseCode = "404", description = "No event has this id (or it is not published and the caller is a viewer).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventDto get(@Parameter(description = "Id of the event.") @PathParam("id") UUID id);

    @POST
    @Path("/lookup")
    @Operation(summary = "Get many events by id", description = "Up to 500 events in one call, in the order asked; unknown (or, for viewers, unpublished) ids are listed in `missing`. Requires viewer.")
    LookupResult<EventDto> lookup(@NotNull @Valid IdsRequest request);

    @POST
    @Path("/by-actors")
    @Operation(summary = "The events of many actors", description = "For each actor id, its events on either side, newest first. Requires viewer.")
    EventsOfKeys byActors(@NotNull @Valid KeysRequest request);

    @POST
    @Path("/claims/lookup")
    @Operation(summary = "Get many claims by id", description = "Up to 500 claims in one call, in the order asked; unknown ids, and for viewers the claims of unpublished events, are listed in `missing`. Requires viewer.")
    LookupResult<ClaimDto> claimsLookup(@NotNull @Valid IdsRequest request);

    @POST
    @Path("/claims/by-events")
    @Operation(summary = "The claims of many events", description = "For each event id, its claims, oldest first, in the order asked; ids of unknown events (or, for viewers, unpublished ones) are listed in `missing`. Requires viewer.")
    ClaimsOfEvents claimsOfEvents(@NotNull @Valid IdsRequest request);

    @POST
    @Path("/by-conflicts")
    @Operation(summary = "The events of many conflicts", description = "For each conflict id, its events, newest first. Requires viewer.")
    EventsOfKeys byConflicts(@NotNull @Valid KeysRequest request);

    @POST
    @Path("/by-articles")
    @Operation(summary = "The events citing many articles", description = "For each article id, the events with a claim citing it, newest first. Requires viewer.")
    EventsOfKeys byArticles(@NotNull @Valid KeysRequest request);

    @POST
    @Path("/bulk")
    @Operation(summary = "Import events", description = "Creates or updates up to 1,000 events by their UCDP event id, with their claims by key, in one transaction. "
            + "Sending the same batch again changes nothing (UNCHANGED); a coding from an older dataset version than the stored one changes nothing (OLDER_VERSION); "
            + "fields the item does not list are left alone; a field a curator changed since the last import is kept and listed in `keptEdits`. "
            + "Actor, article and conflict ids are checked as for single writes. Requires curator.")
    @APIResponse(responseCode = "200", description = "What happened to each event, in the order sent.")
    BulkEventsResult bulk(@NotNull @Valid BulkEventsRequest request);

    @POST
    @Operation(summary = "Create an event", description = "Actor ids are checked against actors-service with the caller's token. Requires curator.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "422", description = "Unknown actor, conflict or linked event ids, each named.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@NotNull @Valid EventRequest request);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an event", description = "Replaces the event. Send the version you read: a stale one is refused with 409. Requires curator.")
    @APIResponse(responseCode = "200", description = "The updated event.")
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventDto update(@Parameter(description = "Id of the event.") @PathParam("id") UUID id, @NotNull @Valid EventRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an event", description = "With its claims. Prefer retracting (status RETRACTED), which keeps the record. Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void delete(@Parameter(description = "Id of the event.") @PathParam("id") UUID id);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "An event's history", description = "Who changed the event, when and which fields, oldest first, with the event as it was after each change. Requires curator.")
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    List<EventRevision> history(@Parameter(description = "Id of the event.") @PathParam("id") UUID id);

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "List an event's claims", description = "Every claim, contradicting ones side by side, oldest first. Requires viewer.")
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    List<ClaimDto> claims(@Parameter(description = "Id of the event.") @PathParam("id") UUID id);

    @POST
    @Path("/{id}/claims")
    @Operation(summary = "Add a claim", description = "Article and actor ids are checked against their services with the caller's token. Requires curator.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(schema = @Schema(implementation = ClaimDto.class)))
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown article or actor ids, each named.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response addClaim(@Parameter(description = "Id of the event.") @PathParam("id") UUID id, @NotNull @Valid ClaimRequest request);

    @PUT
    @Path("/{id}/status")
    @Operation(summary = "Change an event's status", description = "Publish a draft, retract an event or return it to draft, leaving everything else as it is. Send the version you read: a stale one is refused with 409. Recorded in the history like any change. Requires curator.")
    @APIResponse(responseCode = "200", description = "The event with its new status.")
    @APIResponse(responseCode = "404", description = "No event has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    EventDto changeStatus(@Parameter(description = "Id of the event.") @PathParam("id") UUID id, @NotNull @Valid StatusChange change);

    @PUT
    @Path("/{id}/claims/{claimId}")
    @Operation(summary = "Update a claim", description = "Send the version you read. Requires curator.")
    @APIResponse(responseCode = "200", description = "The updated claim.")
    @APIResponse(responseCode = "404", description = "The event has no such claim.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ClaimDto updateClaim(@Parameter(description = "Id of the event.") @PathParam("id") UUID id,
            @Parameter(description = "Id of the claim.") @PathParam("claimId") UUID claimId, @NotNull @Valid ClaimRequest request);

    @DELETE
    @Path("/{id}/claims/{claimId}")
    @Operation(summary = "Delete a claim", description = "Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "The event has no such claim.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void deleteClaim(@Parameter(description = "Id of the event.") @PathParam("id") UUID id,
            @Parameter(description = "Id of the claim.") @PathParam("claimId") UUID claimId);
}
