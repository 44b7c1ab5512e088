package org.conflictmonitor.sources.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.ArticlesOfSources;
import org.conflictmonitor.sources.api.ArticlesOfSourcesRequest;
import org.conflictmonitor.sources.api.BulkSourcesRequest;
import org.conflictmonitor.sources.api.BulkSourcesResult;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceFilter;
import org.conflictmonitor.sources.api.SourceRequest;
import org.conflictmonitor.sources.api.SourcesApi;
import org.conflictmonitor.sources.service.ArticleService;
import org.conflictmonitor.sources.service.SourceService;

/**
 * The REST face of {@link SourceService}; the contract and its documentation live in {@link SourcesApi}.
 */
public class SourceResource implements SourcesApi {

    private final SourceService sources;
    private final ArticleService articles;
    private final UriInfo uri;

    public SourceResource(SourceService sources, ArticleService articles, UriInfo uri) {
        this.sources = sources;
        this.articles = articles;
        this.uri = uri;
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<SourceDto> list(SourceFilter filter, String cursor, String before, int limit) {
        return sources.list(filter, cursor, before, limit);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public TotalCount count(SourceFilter filter, int bound) {
        return sources.count(filter, bound);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public SourceDto get(UUID id) {
        return sources.get(id);
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public LookupResult<SourceDto> lookup(IdsRequest request) {
        return sources.lookup(request.ids());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public ArticlesOfSources articlesOfSources(ArticlesOfSourcesRequest request) {
        return articles.ofSources(request.ids(), request.limitPerId() == null ? 20 : request.limitPerId());
    }

    @Override
    @RolesAllowed(Roles.VIEWER)
    public Page<ArticleSummaryDto> articles(UUID id, String cursor, int limit) {
        return articles.ofSource(id, cursor, limit);
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public Response create(SourceRequest request) {
        SourceDto created = sources.create(request);
        return Response.created(uri.getBaseUriBuilder().path("sources").path(created.id().toString()).build())
                .entity(created).build();
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public BulkSourcesResult bulkFindOrCreate(BulkSourcesRequest request) {
        return sources.findOrCreate(request.sources());
    }

    @Override
    @RolesAllowed(Roles.CURATOR)
    public SourceDto update(UUID id, SourceRequest request) {
        return sources.update(id, request);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void delete(UUID id) {
        sources.delete(id);
    }
}
