package org.conflictmonitor.events.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
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

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conflicts, their parties and background. Viewers read, curators create and edit, admins delete.
 */
@Path("/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts", description = "Armed conflicts: type, dates, the parties on each side, and a dated background timeline.")
public interface ConflictsApi {

    @GET
    @Operation(summary = "List conflicts", description = "Conflicts ordered by name, one page at a time, forward with `cursor` or backward with `before`; narrowed to UCDP conflict ids with `ucdpConflictId` (repeatable), which is how an importer finds the conflicts of UCDP's ids. Requires viewer.")
    Page<ConflictDto> list(@Valid @BeanParam ConflictFilter filter,
            @Parameter(description = "The `nextCursor` of the previous page, or any item's cursor: the items after it.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Any item's cursor, or a page's `previousCursor`: the items just before it, in list order (without `cursor`).") @QueryParam("before") String before,
            @Parameter(description = "Page size, 1 to 500.") @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit);

    @GET
    @Path("/count")
    @Operation(summary = "Count conflicts", description = "How many conflicts match the filters (the same as the list's): counted exactly up to `bound`, estimated from PostgreSQL's statistics beyond it. Requires viewer.")
    TotalCount count(@Valid @BeanParam ConflictFilter filter,
            @Parameter(description = "Count exactly up to this many, 1 to 10,000; 10,000 when left out.")
            @QueryParam("bound") @DefaultValue("10000") @Min(1) @Max(TotalCount.MAX_EXACT) int bound);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one conflict", description = "With its parties, timeline and UCDP years. Requires viewer.")
    @APIResponse(responseCode = "200", description = "The conflict.")
    @APIResponse(responseCode = "404", description = "No conflict has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ConflictDto get(@Parameter(description = "Id of the conflict.") @PathParam("id") UUID id);

    @POST
    @Path("/lookup")
    @Operation(summary = "Get many conflicts by id", description = "Up to 500 conflicts in one call, in the order asked; unknown ids are listed in `missing`. Requires viewer.")
    LookupResult<ConflictDto> lookup(@NotNull @Valid IdsRequest request);

    @POST
    @Operation(summary = "Create a conflict", description = "Party actor ids are checked against actors-service. Requires curator.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(schema = @Schema(implementation = ConflictDto.class)))
    @APIResponse(responseCode = "422", description = "A party is not a known actor; `errors` names each.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@NotNull @Valid ConflictRequest request);

    @POST
    @Path("/bulk")
    @Operation(summary = "Create or update up to 1,000 conflicts by UCDP conflict id", description = """
            For importing UCDP data: each conflict is matched by its `ucdpConflictId` (required, once per request).
            None has it: the conflict is created (CREATED). One has it: it is updated only where the request says something,
            a null leaving the stored value alone; its `name` and `description` are the curators' and stay; `ucdpYears` are
            merged by year, a row replacing the stored row of its year; it is UPDATED if some value changed (its version goes up
            by one), else UNCHANGED with the same version. One result per conflict, in request order. All or nothing: any
            invalid conflict refuses the whole request, naming each invalid field (`conflicts[3].ucdpYears[0].intensityLevel`).
            Requires curator.""")
    @APIResponse(responseCode = "200", description = "One result per conflict, in request order.")
    @APIResponse(responseCode = "400", description = "Invalid conflicts; `errors` names each invalid field.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A new conflict's name is taken (`errors` names each), a version sent is stale, or another request changed the same conflicts at the same time.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A party is not a known actor; `errors` names each.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ConflictBulkResult bulk(@NotNull @Valid ConflictBulkRequest request);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a conflict", description = "Replaces the conflict, its parties and its timeline, and its UCDP years if `ucdpYears` is sent (null keeps them). Send the version you read: a stale one is refused with 409. Requires curator.")
    @APIResponse(responseCode = "200", description = "The updated conflict.")
    @APIResponse(responseCode = "404", description = "No conflict has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ConflictDto update(@Parameter(description = "Id of the conflict.") @PathParam("id") UUID id, @NotNull @Valid ConflictRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a conflict", description = "Its events stay, without a conflict. Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No conflict has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void delete(@Parameter(description = "Id of the conflict.") @PathParam("id") UUID id);
}
