package org.conflictmonitor.events.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.events.api.ImportProgress;
import org.conflictmonitor.events.api.ImportRunDto;
import org.conflictmonitor.events.api.ImportRunRequest;
import org.conflictmonitor.events.api.ImportRunsApi;
import org.conflictmonitor.events.service.ImportRunService;

/** The REST face of {@link ImportRunService}; the contract and its documentation live in {@link ImportRunsApi}. */
@RolesAllowed(Roles.ADMIN)
public class ImportRunResource implements ImportRunsApi {

    private final ImportRunService runs;
    private final UriInfo uri;

    public ImportRunResource(ImportRunService runs, UriInfo uri) {
        this.runs = runs;
        this.uri = uri;
    }

    @Override
    public Page<ImportRunDto> list(String cursor, int limit) {
        return runs.list(cursor, limit);
    }

    @Override
    public ImportRunDto get(UUID id) {
        return runs.get(id);
    }

    @Override
    public Response start(ImportRunRequest request) {
        ImportRunDto run = runs.start(request);
        return Response.created(uri.getBaseUriBuilder().path("imports").path(run.id().toString()).build()).entity(run).build();
    }

    @Override
    public ImportRunDto report(UUID id, ImportProgress progress) {
        return runs.report(id, progress);
    }
}
