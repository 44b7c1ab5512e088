package org.conflictmonitor.sources.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.api.validation.DateTimeWithOffset;
import org.conflictmonitor.api.validation.UuidString;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.sources.api.ArticleDto;
import org.conflictmonitor.sources.api.ArticleHit;
import org.conflictmonitor.sources.api.ArticleSearch;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.ArticlesApi;
import org.conflictmonitor.sources.api.BulkIngestRequest;
import org.conflictmonitor.sources.api.BulkIngestResult;
import org.conflictmonitor.sources.api.IngestResult;
import org.conflictmonitor.sources.repository.ArticleRepository;
import org.conflictmonitor.sources.service.ArticleIngestService;
import org.conflictmonitor.sources.service.ArticleService;

/**
 * The REST face of article ingest and search; the contract and its documentation live in {@link ArticlesApi}.
 */
public class ArticleResource implements ArticlesApi {

    private final ArticleService articles;
    private final ArticleIngestService ingest;
    private final UriInfo uri;

    public ArticleResource(ArticleService articles, ArticleIngestService ingest, UriInfo uri) {
        this.articles = articles;
        this.ingest = ingest;
        this.uri = uri;
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<ArticleHit> search(ArticleSearch search, String cursor, int limit) {
        return articles.search(search.q, filter(search), cursor, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public TotalCount count(ArticleSearch search, int bound) {
        return articles.count(search.q, filter(search), bound);
    }

    /** The search's filters, validated as their types, as the repository takes them. */
    private static ArticleRepository.Filter filter(ArticleSearch search) {
        return new ArticleRepository.Filter(UuidString.Parser.parse(search.sourceId), search.language,
                DateTimeWithOffset.Validator.parse(search.publishedFrom), DateTimeWithOffset.Validator.parse(search.publishedTo));
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ArticleDto get(UUID id) {
        return articles.get(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public LookupResult<ArticleDto> lookup(IdsRequest request) {
        return articles.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response ingest(ArticleRequest request) {
        IngestResult result = ingest.ingest(List.of(request)).results().get(0);
        return switch (result.status()) {
            case REJECTED -> throw ProblemException.of(result.problem());
            case EXISTING -> Response.ok(result.article()).build();
            case CREATED, DUPLICATE -> Response
                    .created(uri.getBaseUriBuilder().path("articles").path(result.article().id().toString()).build())
                    .entity(result.article()).build();
        };
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public BulkIngestResult bulkIngest(BulkIngestRequest request) {
        return ingest.ingest(request.articles());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void delete(UUID id) {
        articles.delete(id);
    }
}
