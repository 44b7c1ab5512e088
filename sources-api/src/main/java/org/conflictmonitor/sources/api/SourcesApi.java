package org.conflictmonitor.sources.api;

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
 * News outlets and statement-making bodies. Viewers read, curators create and edit, admins delete.
 */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "News outlets and the bodies that make statements, rated for reliability on the Admiralty scale.")
public interface SourcesApi {

    @GET
    @Operation(summary = "List sources", description = "Sources ordered by name, one page at a time, forward with `cursor` or backward with `before`, optionally filtered. Requires viewer.")
    Page<SourceDto> list(@Valid @BeanParam SourceFilter filter,
            @Parameter(description = "The `nextCursor` of the previous page, or any item's cursor: the items after it.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Any item's cursor, or a page's `previousCursor`: the items just before it, in list order (without `cursor`).") @QueryParam("before") String before,
            @Parameter(description = "Page size, 1 to 500.") @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit);

    @GET
    @Path("/count")
    @Operation(summary = "Count sources", description = "How many sources match the filters (the same as the list's): counted exactly up to `bound`, estimated from PostgreSQL's statistics beyond it. Requires viewer.")
    TotalCount count(@Valid @BeanParam SourceFilter filter,
            @Parameter(description = "Count exactly up to this many, 1 to 10,000; 10,000 when left out.")
            @QueryParam("bound") @DefaultValue("10000") @Min(1) @Max(TotalCount.MAX_EXACT) int bound);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one source", description = "Requires viewer.")
    @APIResponse(responseCode = "200", description = "The source.")
    @APIResponse(responseCode = "404", description = "No source has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    SourceDto get(@Parameter(description = "Id of the source.") @PathParam("id") UUID id);

    @POST
    @Path("/articles/by-sources")
    @Operation(summary = "The newest articles of many sources", description = "For each source id, its newest articles, in the order asked; unknown ids are listed in `missing`. Page further with `GET /sources/{id}/articles`. Requires viewer.")
    ArticlesOfSources articlesOfSources(@NotNull @Valid ArticlesOfSourcesRequest request);

    @POST
    @Path("/lookup")
    @Operation(summary = "Get many sources by id", description = "Up to 500 sources in one call, in the order asked, each once; unknown ids are listed in `missing`. Requires viewer.")
    LookupResult<SourceDto> lookup(@NotNull @Valid IdsRequest request);

    @GET
    @Path("/{id}/articles")
    @Operation(summary = "List a source's articles", description = "The source's articles, newest first, one page at a time. Requires viewer.")
    @APIResponse(responseCode = "404", description = "No source has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Page<ArticleSummaryDto> articles(
            @Parameter(description = "Id of the source.") @PathParam("id") UUID id,
            @Parameter(description = "The `nextCursor` of the previous page.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500.")
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit);

    @POST
    @Operation(summary = "Create a source", description = "Requires curator. The rating is recorded as given by the caller, now.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points to the new source.", content = @Content(schema = @Schema(implementation = SourceDto.class)))
    @APIResponse(responseCode = "409", description = "Another source has this name or one of these domains.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@NotNull @Valid SourceRequest request);

    @POST
    @Path("/bulk")
    @Operation(summary = "Find or create up to 1,000 sources by name", description = """
            For each item, the source with its name (case-insensitive, as the unique name index compares
            names), created with the item's kind (OTHER when left out) and reliability (F, reliability
            cannot be judged, when left out) if no source has that name. An existing source is never
            changed. Answers one result per item in the order asked: the source id and CREATED or
            EXISTING. Idempotent: sending the same list again answers EXISTING throughout with the same
            ids, and two requests racing to create the same name get one source. Costs two SQL statements
            per request whatever its size. Any invalid item refuses the whole request with 400 naming each
            invalid field (`sources[3].name`). Requires curator.""")
    @APIResponse(responseCode = "200", description = "One result per item, in request order.")
    BulkSourcesResult bulkFindOrCreate(@NotNull @Valid BulkSourcesRequest request);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update a source", description = "Replaces the source's fields. Send the version you read: a stale one is refused with 409. A changed grade or rationale is recorded as rated by the caller, now. Requires curator.")
    @APIResponse(responseCode = "200", description = "The updated source.")
    @APIResponse(responseCode = "404", description = "No source has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the name or a domain belongs to another source.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    SourceDto update(@Parameter(description = "Id of the source.") @PathParam("id") UUID id, @NotNull @Valid SourceRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a source", description = "Only a source without articles can be deleted. Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No source has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The source still has articles.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void delete(@Parameter(description = "Id of the source.") @PathParam("id") UUID id);
}
