package org.conflictmonitor.sources.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import org.conflictmonitor.common.demo.DemoDataFile;
import org.conflictmonitor.common.security.CurrentUser;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.ReliabilityGrade;
import org.conflictmonitor.sources.api.SourceRequest;
import org.conflictmonitor.sources.entity.Article;
import org.conflictmonitor.sources.entity.Source;
import org.conflictmonitor.sources.mapping.SourceMapper;
import org.conflictmonitor.sources.repository.ArticleRepository;
import org.conflictmonitor.sources.repository.SourceRepository;
import org.conflictmonitor.sources.service.ContentHasher;
import org.conflictmonitor.sources.service.UrlCanonicalizer;

/**
 * Loads the seed article (TASS, 14 July 2020) and every source it quotes or cites, under fixed ids
 * that the events service's demo claims refer to. Only what is missing is inserted, so loading twice
 * changes nothing and never overwrites a curator's edits. Off unless
 * {@code conflict-monitor.demo-data.enabled=true}: production databases start empty.
 */
@ApplicationScoped
public class DemoSourcesLoader {

    private static final Logger LOG = Logger.getLogger(DemoSourcesLoader.class);
    static final String RESOURCE = "demo/seed-sources.json";

    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final SourceMapper mapper;
    private final UrlCanonicalizer urls;
    private final ContentHasher hasher;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoSourcesLoader(SourceRepository sources, ArticleRepository articles, SourceMapper mapper, UrlCanonicalizer urls,
            ContentHasher hasher, ObjectMapper json, @ConfigProperty(name = DemoDataFile.ENABLED) boolean enabled) {
        this.sources = sources;
        this.articles = articles;
        this.mapper = mapper;
        this.urls = urls;
        this.hasher = hasher;
        this.json = json;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Inserts the seed sources and articles that are not there yet; returns how many rows it added. */
    @Transactional
    public int load() {
        Seed seed = DemoDataFile.read(json, RESOURCE, Seed.class);
        int added = 0;
        for (SeedSource s : seed.sources()) {
            if (sources.findByIdOptional(s.id()).isEmpty()) {
                Source source = new Source();
                source.id = s.id();
                mapper.apply(s.source(), source);
                source.reliabilityGrade = ReliabilityGrade.valueOf(s.source().reliability().grade());
                source.reliabilityRationale = s.source().reliability().rationale();
                source.reliabilityRatedBy = CurrentUser.SYSTEM;
                source.reliabilityRatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                sources.persist(source);
                added++;
            }
        }
        sources.flush();
        for (SeedArticle s : seed.articles()) {
            String url = urls.canonicalize(s.article().url());
            if (articles.findByIdOptional(s.id()).isEmpty() && articles.findByCanonicalUrls(List.of(url)).isEmpty()) {
                ArticleRequest r = s.article();
                Article article = new Article();
                article.id = s.id();
                article.sourceId = r.sourceId();
                article.canonicalUrl = url;
                article.title = r.title();
                article.lede = r.lede();
                article.body = r.body();
                article.language = r.language();
                article.publishedAt = r.publishedAt();
                article.datelinePlace = r.datelinePlace();
                article.authors = new ArrayList<>(r.authors());
                article.contentHash = hasher.hash(r.body());
                article.retrievedAt = r.retrievedAt();
                articles.persist(article);
                added++;
            }
        }
        LOG.infof("Demo data: %d sources and %d articles of the seed article present, %d added now",
                seed.sources().size(), seed.articles().size(), added);
        return added;
    }

    record Seed(String source, List<SeedSource> sources, List<SeedArticle> articles) {
    }

    /** A source under a fixed id, as the request a curator would send. */
    record SeedSource(UUID id, SourceRequest source) {
    }

    record SeedArticle(UUID id, ArticleRequest article) {
    }
}
