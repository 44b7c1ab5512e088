package org.conflictmonitor.sources.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.Problem;
import org.conflictmonitor.api.problem.ProblemType;
import org.conflictmonitor.common.error.Violations;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.sources.api.ArticleRequest;
import org.conflictmonitor.sources.api.BulkIngestResult;
import org.conflictmonitor.sources.api.IngestResult;
import org.conflictmonitor.sources.api.IngestStatus;
import org.conflictmonitor.sources.entity.Article;
import org.conflictmonitor.sources.mapping.ArticleMapper;
import org.conflictmonitor.sources.repository.ArticleRepository;
import org.conflictmonitor.sources.repository.SourceRepository;

/**
 * Ingests articles: once per canonical URL, or for a citation (no URL) once per citation key, with
 * the same text elsewhere flagged as a duplicate. A batch is validated and resolved item by item,
 * then locked, looked up and inserted with a constant number of queries, so that one bad article
 * costs only itself, a thousand cost little more than one, and two batches racing to store the same
 * article store it once.
 */
@ApplicationScoped
public class ArticleIngestService {

    /** The most text one article may carry (UTF-8 bytes). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final UrlCanonicalizer urls;
    private final ContentHasher hasher;
    private final CitationKeys citationKeys;
    private final ArticleMapper mapper;
    private final Validator validator;

    public ArticleIngestService(ArticleRepository articles, SourceRepository sources, UrlCanonicalizer urls, ContentHasher hasher,
            CitationKeys citationKeys, ArticleMapper mapper, Validator validator) {
        this.articles = articles;
        this.sources = sources;
        this.urls = urls;
        this.hasher = hasher;
        this.citationKeys = citationKeys;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Transactional
    public BulkIngestResult ingest(List<ArticleRequest> requests) {
        IngestResult[] results = new IngestResult[requests.size()];
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Object prepared = prepare(requests.get(i));
            if (prepared instanceof Problem problem) {
                results[i] = new IngestResult(i, IngestStatus.REJECTED, null, problem);
            } else {
                candidates.add(new Candidate(i, requests.get(i), (Prepared) prepared));
            }
        }
        resolveSources(candidates, results);
        candidates.removeIf(c -> results[c.index()] != null);
        candidates.forEach(this::identify);

        List<String> canonicalUrls = candidates.stream().map(c -> c.prepared().url()).filter(Objects::nonNull).toList();
        List<String> keys = candidates.stream().map(c -> c.prepared().citationKey).filter(Objects::nonNull).toList();
        // Until this transaction ends, another one storing any of these articles waits here, then finds them stored.
        articles.lockIdentities(candidates.stream().map(c -> c.prepared().identity()).toList());
        Map<String, Article> stored = new HashMap<>();
        articles.findByIdentities(canonicalUrls, keys).forEach(a -> stored.put(identity(a.canonicalUrl, a.citationKey), a));
        Map<String, UUID> firstWithHash = new HashMap<>(
                articles.firstWithHashes(candidates.stream().map(c -> c.prepared().hash()).filter(Objects::nonNull).toList()));
        Article[] articleOf = new Article[requests.size()];
        List<Article> toInsert = new ArrayList<>();
        for (Candidate c : candidates) {
            // An article stored before, or earlier in this batch, under the same URL or citation key is not stored again.
            Article existing = stored.get(c.prepared().identity());
            if (existing != null) {
                articleOf[c.index()] = existing;
                results[c.index()] = new IngestResult(c.index(), IngestStatus.EXISTING, null, null);
                continue;
            }
            Article article = newArticle(c);
            if (article.contentHash != null) {
                article.duplicateOf = firstWithHash.get(article.contentHash);
                firstWithHash.putIfAbsent(article.contentHash, article.id);
            }
            stored.put(c.prepared().identity(), article);
            toInsert.add(article);
            articleOf[c.index()] = article;
            results[c.index()] = new IngestResult(c.index(),
                    article.duplicateOf == null ? IngestStatus.CREATED : IngestStatus.DUPLICATE, null, null);
        }
        articles.persist(toInsert);
        articles.flush();

        List<IngestResult> all = new ArrayList<>(results.length);
        Map<IngestStatus, Integer> counts = new java.util.EnumMap<>(IngestStatus.class);
        for (IngestResult r : results) {
            Article article = articleOf[r.index()];
            all.add(article == null ? r : new IngestResult(r.index(), r.status(), mapper.toSummary(article), null));
            counts.merge(r.status(), 1, Integer::sum);
        }
        return new BulkIngestResult(counts.getOrDefault(IngestStatus.CREATED, 0), counts.getOrDefault(IngestStatus.EXISTING, 0),
                counts.getOrDefault(IngestStatus.DUPLICATE, 0), counts.getOrDefault(IngestStatus.REJECTED, 0), all);
    }

    /** The checks that need nothing but the request: a {@link Prepared} article, or the {@link Problem} with it. */
    private Object prepare(ArticleRequest request) {
        if (request == null) {
            return problem(400, ProblemType.VALIDATION, "Invalid article", "The article is null.", List.of());
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<FieldError> errors = Violations.fieldErrors(violations);
            return problem(400, ProblemType.VALIDATION, "Invalid article", Violations.describe(errors), errors);
        }
        String body = bodyOf(request);
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            return problem(413, ProblemType.TOO_LARGE, "Article too large",
                    "The article's text is over 1 MiB (UTF-8); split it or store an excerpt.",
                    List.of(new FieldError("body", "must be at most 1 MiB in UTF-8")));
        }
        String url = null;
        if (request.url() != null) {
            try {
                url = urls.canonicalize(request.url());
            } catch (IllegalArgumentException e) {
                return problem(400, ProblemType.VALIDATION, "Invalid article", "The request has 1 invalid field.",
                        List.of(new FieldError("url", e.getMessage())));
            }
        }
        return new Prepared(url, body == null ? null : hasher.hash(body));
    }

    /** The text, or null when the request carries none. */
    private static String bodyOf(ArticleRequest request) {
        return request.body() == null || request.body().isBlank() ? null : request.body();
    }

    /** The headline, or the citation text for a citation that gives no headline. */
    private static String titleOf(ArticleRequest request) {
        String title = blankToNull(request.title());
        return title != null ? title : blankToNull(request.citation());
    }

    /** The day of publication, if known: the day given, or the instant's day in its own offset. */
    private static LocalDate dayOf(ArticleRequest request) {
        if (request.publishedOn() != null) {
            return request.publishedOn();
        }
        return request.publishedAt() == null ? null : request.publishedAt().toLocalDate();
    }

    /** Sets what identifies the candidate: its canonical URL, or else its citation key (its source is known by now). */
    private void identify(Candidate c) {
        Prepared p = c.prepared();
        if (p.url() == null) {
            p.citationKey = citationKeys.key(c.request().sourceId(), dayOf(c.request()), titleOf(c.request()));
        }
        p.identity = identity(p.url(), p.citationKey);
    }

    private static String identity(String canonicalUrl, String citationKey) {
        return canonicalUrl != null ? "url " + canonicalUrl : "citation " + citationKey;
    }

    /** Sets each candidate's source, from its request or from its URL's domain, or rejects it with 422. */
    private void resolveSources(List<Candidate> candidates, IngestResult[] results) {
        Set<UUID> named = new HashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        candidates.forEach(c -> {
            if (c.request().sourceId() != null) {
                named.add(c.request().sourceId());
            } else {
                domains.addAll(urls.candidateDomains(c.prepared().url()));
            }
        });
        Set<UUID> existingSources = new HashSet<>();
        sources.findAllById(named).forEach(s -> existingSources.add(s.id));
        Map<String, UUID> owners = sources.sourcesOfDomains(domains);
        for (Candidate c : candidates) {
            UUID sourceId = c.request().sourceId();
            if (sourceId != null) {
                if (!existingSources.contains(sourceId)) {
                    results[c.index()] = new IngestResult(c.index(), IngestStatus.REJECTED, null,
                            problem(422, ProblemType.UNPROCESSABLE, "Unknown source", "Source " + sourceId + " does not exist.",
                                    List.of(new FieldError("sourceId", "matches no source"))));
                }
                continue;
            }
            List<String> candidatesDomains = urls.candidateDomains(c.prepared().url());
            c.prepared().sourceId = candidatesDomains.stream().map(owners::get).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            if (c.prepared().sourceId == null) {
                results[c.index()] = new IngestResult(c.index(), IngestStatus.REJECTED, null,
                        problem(422, ProblemType.UNPROCESSABLE, "Unknown source",
                                "No source is given and none publishes under " + candidatesDomains.get(0)
                                        + "; pass sourceId, or add the domain to its source.",
                                List.of(new FieldError("sourceId", "is required: no source claims the URL's domain"))));
            }
        }
    }

    private Article newArticle(Candidate c) {
        ArticleRequest r = c.request();
        Article a = new Article();
        a.id = Ids.newId();
        a.sourceId = r.sourceId() != null ? r.sourceId() : c.prepared().sourceId;
        a.canonicalUrl = c.prepared().url();
        a.citationKey = c.prepared().citationKey;
        a.title = titleOf(r);
        a.citation = blankToNull(r.citation());
        a.lede = blankToNull(r.lede());
        a.body = bodyOf(r);
        a.language = r.language();
        a.publishedAt = r.publishedAt();
        a.publishedOn = dayOf(r);
        a.datelinePlace = blankToNull(r.datelinePlace());
        a.authors = r.authors() == null ? new ArrayList<>() : new ArrayList<>(r.authors().stream().map(String::strip).toList());
        a.contentHash = c.prepared().hash();
        a.retrievedAt = (r.retrievedAt() != null ? r.retrievedAt() : OffsetDateTime.now(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.MICROS);
        return a;
    }

    private static Problem problem(int status, String type, String title, String detail, List<FieldError> errors) {
        return new Problem(type, title, status, detail, null, errors);
    }

    private record Candidate(int index, ArticleRequest request, Prepared prepared) {
    }

    /** What ingest derives from a request before it touches the database. */
    private static final class Prepared {
        /** The canonical URL; null for a citation. */
        final String url;
        /** The content hash; null without a text. */
        final String hash;
        UUID sourceId;
        /** Set by {@link ArticleIngestService#identify} for a citation. */
        String citationKey;
        /** The canonical URL or the citation key, told apart. */
        String identity;

        Prepared(String url, String hash) {
            this.url = url;
            this.hash = hash;
        }

        String url() {
            return url;
        }

        String hash() {
            return hash;
        }

        String identity() {
            return identity;
        }
    }
}
