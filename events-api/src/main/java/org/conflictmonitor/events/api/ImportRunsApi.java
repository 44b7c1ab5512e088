package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.conflictmonitor.api.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The record of imports: the importer opens a run, reports its progress and ends it; admins watch. The
 * importer itself sends its data through the services' bulk endpoints; this resource only keeps the account.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Runs of the UCDP importer: who started them, when, what they read, and what they did, row errors included.")
public interface ImportRunsApi {

    @GET
    @Operation(summary = "List import runs", description = "Newest first. Requires admin.")
    Page<ImportRunDto> list(@Parameter(description = "The `nextCursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100; 20 when left out.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an import run", description = "With its counts, its bad rows and the curators' edits it kept. Requires admin.")
    ImportRunDto get(@Parameter(description = "Id of the run.") @PathParam("id") UUID id);

    @POST
    @Operation(summary = "Start an import run", description = "Opens the record of a run, RUNNING, started by the caller. Requires admin.")
    @APIResponse(responseCode = "201", description = "The run, with its location.")
    Response start(@NotNull @Valid ImportRunRequest request);

    @POST
    @Path("/{id}/progress")
    @Operation(summary = "Report an import's progress", description = "Replaces the run's counts, appends its new errors and kept edits, and ends it when `state` is no longer RUNNING. "
            + "Only whoever started the run reports on it (403 otherwise); a finished run takes no reports (409). Requires admin.")
    ImportRunDto report(@Parameter(description = "Id of the run.") @PathParam("id") UUID id, @NotNull @Valid ImportProgress progress);
}
