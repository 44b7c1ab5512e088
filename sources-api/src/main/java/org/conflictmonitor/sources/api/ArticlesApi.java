package org.conflictmonitor.sources.api;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Articles: ingested without duplicates, searchable in full text.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The articles sources publish: ingested once per canonical URL, duplicates of the same text flagged, searchable in full text.")
public interface ArticlesApi {

    @GET
    @Operation(summary = "Search and list articles", description = """
            Without `q`: articles newest first (an article dated by day only counts as published at 00:00 UTC
            that day; undated citations come last). With `q`: a full-text search over title, lede, citation and text in
            web-search syntax (`"quoted phrase"`, `OR`, `-excluded`), with English and Russian stemming
            (and plain matching for other languages), best match first, each with a highlighted snippet.
            Filters combine with AND. Requires viewer.""")
    Page<ArticleHit> search(@Valid @BeanParam ArticleSearch search,
            @Parameter(description = "The `nextCursor` of the previous page of the same search.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100.")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/count")
    @Operation(summary = "Count search hits", description = "How many articles the search (the same as `GET /articles`'s) matches: counted exactly up to `bound`, estimated from PostgreSQL's statistics beyond it. Requires viewer.")
    TotalCount count(@Valid @BeanParam ArticleSearch search,
            @Parameter(description = "Count exactly up to this many, 1 to 10,000; 10,000 when left out.")
            @QueryParam("bound") @DefaultValue("10000") @Min(1) @Max(TotalCount.MAX_EXACT) int bound);

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one article", description = "With its full text. Requires viewer.")
    @APIResponse(responseCode = "200", description = "The article.")
    @APIResponse(responseCode = "404", description = "No article has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ArticleDto get(@Parameter(description = "Id of the article.") @PathParam("id") UUID id);

    @POST
    @Path("/lookup")
    @Operation(summary = "Get many articles by id", description = "Up to 500 articles with their full text in one call, in the order asked, each once; unknown ids are listed in `missing`. Requires viewer.")
    LookupResult<ArticleDto> lookup(@NotNull @Valid IdsRequest request);

    @POST
    @Operation(summary = "Ingest an article or a citation", description = """
            Stores the article unless its canonical URL is stored already, in which case the stored one is
            returned with 200 and nothing changes. The same text at another URL is stored, flagged with
            `duplicateOf`. Without `sourceId` the source is found from the URL's domain.

            Without `url` the article is a citation: a report known by its source (`sourceId`, required),
            date (`publishedOn` for a day, `publishedAt` for an instant, or neither) and headline (`title`,
            or the `citation` text when the headline is unknown), with or without its text. A citation is
            stored once per citation key: source, day of publication (none when undated) and headline
            normalised (Unicode NFKC, lower case, punctuation and runs of spaces read as one space). Posting
            it again answers 200 with the stored one. Requires curator.""")
    @APIResponse(responseCode = "201", description = "Stored (check `duplicateOf`); `Location` points to it.", content = @Content(schema = @Schema(implementation = ArticleSummaryDto.class)))
    @APIResponse(responseCode = "200", description = "Stored already under this canonical URL or citation key; nothing changed.", content = @Content(schema = @Schema(implementation = ArticleSummaryDto.class)))
    @APIResponse(responseCode = "413", description = "The text is over 1 MiB, or the request over its size limit.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No source is given and none publishes under the URL's domain, or the given source does not exist.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response ingest(@NotNull ArticleRequest request);

    @POST
    @Path("/bulk")
    @Operation(summary = "Ingest up to 1,000 articles", description = """
            Ingests each article, web article or citation, as the single ingest does and reports per article,
            in request order: CREATED, EXISTING, DUPLICATE or REJECTED with the reason, and the stored
            article (its id). The same article twice in one request (same canonical URL, or same citation
            key) is stored once: the first is CREATED, the others EXISTING with the same id. A bad article
            never rejects the good ones; more than 1,000 articles refuse the request with 400 on `articles`.
            Two requests racing to store the same article store it once. Requires curator.""")
    @APIResponse(responseCode = "200", description = "One result per article.")
    BulkIngestResult bulkIngest(@NotNull @Valid BulkIngestRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article", description = "Articles flagged as its duplicates lose the flag. Requires admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No article has this id.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    void delete(@Parameter(description = "Id of the article.") @PathParam("id") UUID id);
}
