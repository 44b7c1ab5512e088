package org.conflictmonitor.sources.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.lookup.Lookups;
import org.conflictmonitor.common.paging.KeysetCursor;
import org.conflictmonitor.common.paging.KeysetPages;
import org.conflictmonitor.sources.api.ArticleDto;
import org.conflictmonitor.sources.api.ArticleHit;
import org.conflictmonitor.sources.api.ArticleSummaryDto;
import org.conflictmonitor.sources.api.ArticlesOfSources;
import org.conflictmonitor.sources.entity.Article;
import org.conflictmonitor.sources.mapping.ArticleMapper;
import org.conflictmonitor.sources.repository.ArticleRepository;
import org.conflictmonitor.sources.repository.SourceRepository;

/**
 * Reading, searching and deleting articles.
 */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ArticleMapper mapper;
    private final SnippetFormatter snippets;

    public ArticleService(ArticleRepository articles, SourceRepository sources, ArticleMapper mapper, SnippetFormatter snippets) {
        this.articles = articles;
        this.sources = sources;
        this.mapper = mapper;
        this.snippets = snippets;
    }

    /** How many articles the search matches (all the filters keep, without words), exactly up to {@code bound}. */
    @Transactional(TxType.SUPPORTS)
    public TotalCount count(String text, ArticleRepository.Filter filter, int bound) {
        return articles.count(text == null || text.isBlank() ? null : text, filter, bound);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<ArticleHit> search(String text, ArticleRepository.Filter filter, String cursor, int limit) {
        if (filter.publishedFrom() != null && filter.publishedTo() != null && !filter.publishedTo().isAfter(filter.publishedFrom())) {
            throw ProblemException.invalid("publishedTo", "must be after publishedFrom");
        }
        if (text == null || text.isBlank()) {
            Page<ArticleSummaryDto> newest = newest(filter, cursor, limit);
            return newest.map(newest.items().stream().map(a -> new ArticleHit(a, 0, null)).toList());
        }
        Float afterRank = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = KeysetCursor.decode(cursor, 3);
            if (!keys.get(0).equals(text)) {
                throw ProblemException.invalid("cursor", "belongs to another search; start again without one");
            }
            try {
                afterRank = Float.parseFloat(keys.get(1));
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("cursor", "is not a cursor that this list returned; start again without one");
            }
            afterId = KeysetCursor.uuid(keys.get(2));
        }
        List<ArticleRepository.Match> matches = articles.search(text, filter, afterRank, afterId, limit);
        return KeysetPages.of(matches, limit, this::hits,
                last -> new String[] { text, Float.toString(last.rank()), last.id().toString() });
    }

    private List<ArticleHit> hits(List<ArticleRepository.Match> page) {
        Map<UUID, Article> byId = byId(page.stream().map(ArticleRepository.Match::id).toList());
        return page.stream()
                .map(m -> new ArticleHit(mapper.toSummary(byId.get(m.id())), m.rank(), snippets.toHtml(m.snippet())))
                .toList();
    }

    @Transactional(TxType.SUPPORTS)
    public Page<ArticleSummaryDto> ofSource(UUID sourceId, String cursor, int limit) {
        if (sources.findByIdOptional(sourceId).isEmpty()) {
            throw ProblemException.notFound("Source", sourceId);
        }
        return newest(new ArticleRepository.Filter(sourceId, null, null, null), cursor, limit);
    }

    /** The newest articles of each source asked for, in the order asked. */
    @Transactional(TxType.SUPPORTS)
    public ArticlesOfSources ofSources(List<UUID> sourceIds, int limit) {
        Set<UUID> known = new HashSet<>(sources.knownIds(sourceIds));
        Map<UUID, List<ArticleSummaryDto>> bySource = new HashMap<>();
        articles.newestOfSources(known, limit).forEach(a -> bySource.computeIfAbsent(a.sourceId, k -> new ArrayList<>()).add(mapper.toSummary(a)));
        List<ArticlesOfSources.Entry> results = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(sourceIds)) {
            if (known.contains(id)) {
                results.add(new ArticlesOfSources.Entry(id, bySource.getOrDefault(id, List.of())));
            } else {
                missing.add(id);
            }
        }
        return new ArticlesOfSources(results, missing);
    }

    @Transactional(TxType.SUPPORTS)
    public ArticleDto get(UUID id) {
        return mapper.toDto(articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Article", id)));
    }

    @Transactional(TxType.SUPPORTS)
    public LookupResult<ArticleDto> lookup(List<UUID> ids) {
        return Lookups.inRequestOrder(ids, byId(ids), mapper::toDto);
    }

    @Transactional
    public void delete(UUID id) {
        Article article = articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Article", id));
        articles.clearDuplicateFlags(id);
        articles.delete(article);
    }

    private Page<ArticleSummaryDto> newest(ArticleRepository.Filter filter, String cursor, int limit) {
        Long afterPublished = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> keys = KeysetCursor.decode(cursor, 2);
            try {
                afterPublished = Long.parseLong(keys.get(0));
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("cursor", "is not a cursor that this list returned; start again without one");
            }
            afterId = KeysetCursor.uuid(keys.get(1));
        }
        List<Article> rows = articles.newest(filter, afterPublished, afterId, limit);
        return KeysetPages.of(rows, limit, page -> page.stream().map(mapper::toSummary).toList(),
                last -> new String[] { Long.toString(last.publishedSort), last.id.toString() });
    }

    private Map<UUID, Article> byId(List<UUID> ids) {
        return articles.findAllById(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }
}
