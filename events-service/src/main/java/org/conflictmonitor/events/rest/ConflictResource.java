package org.conflictmonitor.events.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.ConflictBulkRequest;
import org.conflictmonitor.events.api.ConflictBulkResult;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictsApi;
import org.conflictmonitor.events.service.ConflictService;

/**
 * The REST face of {@link ConflictService}; the contract and its documentation live in {@link ConflictsApi}.
 */
public class ConflictResource implements ConflictsApi {

    private final ConflictService conflicts;
    private final UriInfo uri;

    public ConflictResource(ConflictService conflicts, UriInfo uri) {
        this.conflicts = conflicts;
        this.uri = uri;
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<ConflictDto> list(ConflictFilter filter, String cursor, String before, int limit) {
        return conflicts.list(filter, cursor, before, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public TotalCount count(ConflictFilter filter, int bound) {
        return conflicts.count(filter, bound);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ConflictDto get(UUID id) {
        return conflicts.get(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public LookupResult<ConflictDto> lookup(IdsRequest request) {
        return conflicts.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response create(ConflictRequest request) {
        ConflictDto created = conflicts.create(request);
        return Response.created(uri.getBaseUriBuilder().path("conflicts").path(created.id().toString()).build()).entity(created).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public ConflictBulkResult bulk(ConflictBulkRequest request) {
        return conflicts.bulk(request.conflicts());
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public ConflictDto update(UUID id, ConflictRequest request) {
        return conflicts.update(id, request);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void delete(UUID id) {
        conflicts.delete(id);
    }
}
