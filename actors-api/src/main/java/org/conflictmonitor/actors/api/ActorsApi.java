package org.conflictmonitor.actors.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.validation.OneOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The actors service's REST contract. Viewers read, curators create and edit, admins delete and merge.
 */
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "States, armed forces, government bodies, organisations, groups and people, with aliases and dated relations.")
public interface ActorsApi {

    @GET
    @Operation(summary = "List and search actors", description = """
            Actors ordered by name (accents and case ignored), one page at a time, forward with `cursor`
            or backward with `before`. `q` keeps the actors whose name or one of whose aliases contains
            it, ignoring case and accents: `azerbaijani army` finds the actor with the alias
            `Azerbaijani Army`. Merged duplicates are not listed. Requires viewer.""")
    Page<ActorDto> list(@Valid @BeanParam ActorFilter filter,
            @Parameter(description = "The `nextCursor` of the previous page, or any item's cursor: the items after it.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Any item's cursor, or a page's `previousCursor`: the items just before it, in list order (without `cursor`).") @QueryParam("before") String before,
            @Parameter(description = "Page size, 1 to 500.") @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit);

    @GET
    @Path("/count")
    @Operation(summary = "Count actors", description = "How many actors match the filters (the same as the list's, merged duplicates left out): counted exactly up to `bound`, estimated from PostgreSQL's statistics beyond it. Requires viewer.")
    TotalCount count(@Valid @BeanParam ActorFilter filter,
            @Parameter(description = "Count exactly up to this many, 1 to 10,000; 10,000 when left out.")
            @QueryParam("bound") @DefaultValue("10000") @Min(1) @Max(TotalCount.MAX_EXACT) int bound);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one actor", description = "The actor with this id. The id of a merged duplicate answers with the actor it was merged into. Requires viewer.")
    @APIResponse(responseCode = "200", description = "The actor.")
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ActorDto get(@Parameter(description = "Id of the actor.") @PathParam("id") UUID id);

    @POST
    @Path("/relations/by-actors")
    @Operation(summary = "The relations of many actors", description = "For each actor id, every relation in which it is the subject or the object, oldest first, in the order asked; a merged duplicate's id gives its survivor's relations, unknown ids are listed in `missing`. Requires viewer.")
    RelationsOfActors relationsOfActors(@NotNull @Valid IdsRequest request);

    @POST
    @Path("/lookup")
    @Operation(summary = "Get many actors by id", description = """
            Up to 500 actors in one call, in the order asked, each once. Ids of merged duplicates answer
            with their survivor (see `mergedInto`); unknown ids are listed in `missing`. Requires viewer.""")
    ActorLookupResult lookup(@NotNull @Valid IdsRequest request);

    @GET
    @Path("/resolve")
    @Operation(summary = "Resolve a name to actors", description = """
            Ranks the actors whose names or aliases resemble a free-text name, as found in news text
            (`Lavrov`, `Azerbaijan's Defense Ministry`), by a fuzzy trigram score from 0 to 1, best first.
            Case, accents and punctuation are ignored. Requires viewer.""")
    List<ResolveCandidate> resolve(
            @Parameter(description = "The name as written in the source.", required = true)
            @QueryParam("name") @NotBlank @Size(max = 300) String name,
            @Parameter(description = "Keep only candidates of these kinds.", schema = @Schema(implementation = ActorKind.class))
            @QueryParam("kind") List<@OneOf(ActorKind.class) String> kind,
            @Parameter(description = "How many candidates at most, 1 to 50.")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit);

    @GET
    @Path("/by-ucdp")
    @Operation(summary = "Find an actor by its UCDP key", description = """
            The actor a UCDP dataset means by this actor id or exact name, resolved as `POST /actors/bulk`
            does without creating anything: by `ucdpActorId` when given; else by `ucdpName`, compared
            exactly (case and spaces count). The key of a merged duplicate answers with its survivor.
            Requires viewer.""")
    @APIResponse(responseCode = "200", description = "The actor.")
    @APIResponse(responseCode = "404", description = "No actor has this key.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ActorDto byUcdpKey(
            @Parameter(description = "UCDP actor id (`side_a_new_id`/`side_b_new_id`).", example = "118")
            @QueryParam("ucdpActorId") @Positive Integer ucdpActorId,
            @Parameter(description = "Exact UCDP actor name (`side_a`/`side_b`); needed when no id is given.", example = "Government of Syria")
            @QueryParam("ucdpName") @Size(max = UcdpKey.MAX_NAME) @Pattern(regexp = UcdpKey.NAME_PATTERN, message = UcdpKey.NAME_MESSAGE) String ucdpName);

    @POST
    @Path("/bulk")
    @Operation(summary = "Resolve or create up to 1,000 actors by their UCDP keys", description = """
            For importing UCDP data: finds each item's actor by its UCDP key and creates the ones that are
            missing from the item's `actor`, all in one transaction, and answers per item, in the order
            asked, with the actor's id and CREATED or EXISTING. An item is found by `key.ucdpActorId` when
            it has one, else by `key.ucdpName`, compared exactly (case and spaces count). An item with both
            records what the found actor lacks: the name on the actor found by id, or the id on the actor
            found by name that has no UCDP id yet. A new actor takes both keys (the name only if no other
            actor has it). Idempotent: the same request again creates nothing. Safe when imports run at
            the same time: one key is only ever one actor. Requires curator.""")
    @APIResponse(responseCode = "200", description = "One result per item, in request order.")
    @APIResponse(responseCode = "409", description = "An actor to create has a Wikidata id another actor has (`errors` names the items), or concurrent writes kept clashing.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ActorBulkResult bulk(@NotNull @Valid ActorBulkRequest request);

    @POST
    @Operation(summary = "Create an actor", description = "Requires curator.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points to the new actor.", content = @Content(schema = @Schema(implementation = ActorDto.class)))
    @APIResponse(responseCode = "409", description = "Another actor already has this Wikidata id, UCDP id or UCDP name.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@NotNull @Valid ActorRequest request);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an actor", description = "Replaces the actor's fields and aliases. Send the version you read: a stale one is refused with 409. Requires curator.")
    @APIResponse(responseCode = "200", description = "The updated actor with its new version.")
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is stale, or the external ids (Wikidata id, UCDP id or UCDP name) clash with another actor.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ActorDto update(@Parameter(description = "Id of the actor.") @PathParam("id") UUID id, @NotNull @Valid ActorRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an actor", description = "Deletes the actor, its relations, and the duplicates merged into it. Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void delete(@Parameter(description = "Id of the actor.") @PathParam("id") UUID id);

    @GET
    @Path("/{id}/relations")
    @Operation(summary = "List an actor's relations", description = "Every relation in which the actor is the subject or the object, oldest first. Requires viewer.")
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    List<RelationDto> relations(
            @Parameter(description = "Id of the actor.") @PathParam("id") UUID id,
            @Parameter(description = "Keep only relations of this type.", schema = @Schema(implementation = RelationType.class))
            @QueryParam("type") @OneOf(RelationType.class) String type);

    @POST
    @Path("/{id}/relations")
    @Operation(summary = "Add a relation", description = "Adds a relation from this actor (the subject) to another. Requires curator.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(schema = @Schema(implementation = RelationDto.class)))
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same relation with the same start date exists.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The object actor does not exist, or is the subject itself.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response addRelation(@Parameter(description = "Id of the subject actor.") @PathParam("id") UUID id, @NotNull @Valid RelationRequest request);

    @DELETE
    @Path("/{id}/relations/{relationId}")
    @Operation(summary = "Remove a relation", description = "Removes one relation of this actor. Requires curator.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "The actor has no such relation.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void removeRelation(@Parameter(description = "Id of the actor.") @PathParam("id") UUID id,
            @Parameter(description = "Id of the relation.") @PathParam("relationId") UUID relationId);

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge a duplicate into this actor", description = """
            Moves the duplicate's names (as aliases), relations and missing external ids to this actor,
            the survivor. The duplicate's id keeps answering with the survivor. Requires admin.""")
    @APIResponse(responseCode = "200", description = "The survivor after the merge.")
    @APIResponse(responseCode = "404", description = "No actor has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The duplicate does not exist, was already merged, or is the survivor itself.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ActorDto merge(@Parameter(description = "Id of the surviving actor.") @PathParam("id") UUID id, @NotNull @Valid MergeRequest request);
}
