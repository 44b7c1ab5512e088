package org.conflictmonitor.events.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.ClaimDto;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.EventDto;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.StatusChange;
import org.conflictmonitor.events.api.EventPoints;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.EventRevision;
import org.conflictmonitor.events.api.EventsApi;
import org.conflictmonitor.events.api.ClaimsOfEvents;
import org.conflictmonitor.events.api.EventsOfKeys;
import org.conflictmonitor.events.api.KeysRequest;
import org.conflictmonitor.events.api.StatsBucket;
import org.conflictmonitor.events.api.BulkEventsRequest;
import org.conflictmonitor.events.api.BulkEventsResult;
import org.conflictmonitor.events.service.ClaimService;
import org.conflictmonitor.events.service.EventCriteriaParser;
import org.conflictmonitor.events.service.EventExporter;
import org.conflictmonitor.events.service.EventImportService;
import org.conflictmonitor.events.service.EventService;

/**
 * The REST face of events and claims; the contract and its documentation live in {@link EventsApi}.
 */
public class EventResource implements EventsApi {

    private final EventService events;
    private final ClaimService claims;
    private final EventExporter exporter;
    private final EventCriteriaParser criteria;
    private final UriInfo uri;
    private final EventImportService imports;

    public EventResource(EventService events, ClaimService claims, EventExporter exporter, EventCriteriaParser criteria, UriInfo uri,
            EventImportService imports) {
        this.events = events;
        this.imports = imports;
        this.claims = claims;
        this.exporter = exporter;
        this.criteria = criteria;
        this.uri = uri;
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<EventDto> list(EventFilter filter, String cursor, String before, int limit) {
        return events.list(filter, cursor, before, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public TotalCount count(EventFilter filter, int bound) {
        return events.count(filter, bound);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public EventPoints points(EventFilter filter, int limit) {
        return events.points(filter, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public List<StatsBucket> stats(EventFilter filter, String groupBy) {
        return events.stats(filter, groupBy);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public StreamingOutput exportCsv(EventFilter filter) {
        return exporter.csv(criteria.parse(filter));
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public StreamingOutput exportGeoJson(EventFilter filter) {
        return exporter.geoJson(criteria.parse(filter));
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public EventDto get(UUID id) {
        return events.get(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public LookupResult<EventDto> lookup(IdsRequest request) {
        return events.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public EventsOfKeys byActors(KeysRequest request) {
        return events.byActors(request);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public LookupResult<ClaimDto> claimsLookup(IdsRequest request) {
        return claims.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ClaimsOfEvents claimsOfEvents(IdsRequest request) {
        return claims.ofEvents(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public EventsOfKeys byConflicts(KeysRequest request) {
        return events.byConflicts(request);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public EventsOfKeys byArticles(KeysRequest request) {
        return events.byArticles(request);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public BulkEventsResult bulk(BulkEventsRequest request) {
        return imports.importBatch(request);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response create(EventRequest request) {
        EventDto created = events.create(request);
        return Response.created(uri.getBaseUriBuilder().path("events").path(created.id().toString()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public EventDto update(UUID id, EventRequest request) {
        return events.update(id, request);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public EventDto changeStatus(UUID id, StatusChange change) {
        return events.changeStatus(id, change);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void delete(UUID id) {
        events.delete(id);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public List<EventRevision> history(UUID id) {
        return events.history(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public List<ClaimDto> claims(UUID id) {
        return claims.of(id);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response addClaim(UUID id, ClaimRequest request) {
        return Response.status(Response.Status.CREATED).entity(claims.add(id, request)).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public ClaimDto updateClaim(UUID id, UUID claimId, ClaimRequest request) {
        return claims.update(id, claimId, request);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void deleteClaim(UUID id, UUID claimId) {
        claims.delete(id, claimId);
    }
}
