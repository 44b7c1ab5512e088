package org.conflictmonitor.gateway.service;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.gateway.client.ArticlesClient;
import org.conflictmonitor.gateway.client.SourcesClient;
import org.conflictmonitor.gateway.model.ArticleIngestion;
import org.conflictmonitor.sources.api.ArticleDto;
import org.conflictmonitor.sources.api.ArticleHit;
import org.conflictmonitor.sources.api.ArticleSearch;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.ArticlesOfSources;
import org.conflictmonitor.sources.api.ArticlesOfSourcesRequest;
import org.conflictmonitor.sources.api.BulkIngestRequest;
import org.conflictmonitor.sources.api.BulkIngestResult;
import org.conflictmonitor.sources.api.IngestStatus;
import org.conflictmonitor.sources.api.SourceDto;
import org.conflictmonitor.sources.api.SourceFilter;
import org.conflictmonitor.sources.api.SourceRequest;

/** sources-service as the gateway uses it: sources and articles, batched reads, writes. */
@ApplicationScoped
@Downstream(SourcesService.NAME)
@Timeout(value = 6, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        failOn = { ProcessingException.class, TimeoutException.class })
public class SourcesService {

    public static final String NAME = "sources-service";

    private final SourcesClient sources;
    private final ArticlesClient articles;

    public SourcesService(@RestClient SourcesClient sources, @RestClient ArticlesClient articles) {
        this.sources = sources;
        this.articles = articles;
    }

    public Map<UUID, SourceDto> sourcesByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> sources.lookup(new IdsRequest(chunk)).items(), SourceDto::id, s -> s);
    }

    /** The articles of the given ids without their texts, which {@link #articleTextsByIds} loads when asked for. */
    public Map<UUID, ArticleSummaryDto> articlesByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> articles.lookup(new IdsRequest(chunk)).items(), ArticleDto::id, ArticleDto::summary);
    }

    /** The full texts of the articles of the given ids that have one. */
    public Map<UUID, String> articleTextsByIds(Collection<UUID> ids) {
        return Batches.collect(ids, chunk -> articles.lookup(new IdsRequest(chunk)).items(), ArticleDto::id, ArticleDto::body);
    }

    /** The page after {@code after} (or the first), or with {@code before} the one just before it, in list order. */
    public Page<SourceDto> listSources(SourceFilter filter, String after, String before, int limit) {
        return sources.list(filter, after, before, limit);
    }

    public TotalCount countSources(SourceFilter filter) {
        return sources.count(filter, TotalCount.MAX_EXACT);
    }

    /** For each source, its newest articles. */
    public Map<UUID, List<ArticleSummaryDto>> newestArticlesOfSources(Collection<UUID> ids, int limit) {
        return Batches.collect(ids, chunk -> sources.articlesOfSources(new ArticlesOfSourcesRequest(chunk, limit)).results(),
                ArticlesOfSources.Entry::sourceId, ArticlesOfSources.Entry::articles);
    }

    /** A page of the search's hits after {@code cursor} (or the first). */
    public Page<ArticleHit> search(ArticleSearch search, String cursor, int limit) {
        return articles.search(search, cursor, limit);
    }

    public TotalCount countSearch(ArticleSearch search) {
        return articles.count(search, TotalCount.MAX_EXACT);
    }

    public SourceDto createSource(SourceRequest request) {
        return sources.create(request).readEntity(SourceDto.class);
    }

    public SourceDto updateSource(UUID id, SourceRequest request) {
        return sources.update(id, request);
    }

    public void deleteSource(UUID id) {
        sources.delete(id);
    }

    /** Stores the article unless its canonical URL is known; says which happened. */
    public ArticleIngestion ingest(ArticleRequest request) {
        Response response = articles.ingest(request);
        ArticleSummaryDto article = response.readEntity(ArticleSummaryDto.class);
        IngestStatus status = response.getStatus() == 200 ? IngestStatus.EXISTING
                : article.duplicateOf() != null ? IngestStatus.DUPLICATE : IngestStatus.CREATED;
        return new ArticleIngestion(status, article);
    }

    public BulkIngestResult bulkIngest(List<ArticleRequest> batch) {
        return articles.bulkIngest(new BulkIngestRequest(batch));
    }

    public void deleteArticle(UUID id) {
        articles.delete(id);
    }
}
