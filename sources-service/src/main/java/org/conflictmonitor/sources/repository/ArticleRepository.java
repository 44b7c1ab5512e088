package org.conflictmonitor.sources.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.persistence.BoundedCount;
import org.conflictmonitor.sources.entity.Article;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** Private-use characters that cannot occur in news text mark the matches in snippets. */
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxFragments=3, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

    /** The first key of this service's advisory locks: 'ARTI'. */
    private static final int LOCK_SPACE = 0x41525449;

    /** Filters shared by listing and searching. */
    public record Filter(UUID sourceId, String language, OffsetDateTime publishedFrom, OffsetDateTime publishedTo) {
    }

    /** A search match: the article, its rank and the snippet with matches between MATCH_START and MATCH_END. */
    public record Match(UUID id, float rank, String snippet) {
    }

    public List<Article> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The articles stored under any of these canonical URLs or citation keys. */
    public List<Article> findByIdentities(Collection<String> canonicalUrls, Collection<String> citationKeys) {
        if (canonicalUrls.isEmpty() && citationKeys.isEmpty()) {
            return List.of();
        }
        if (citationKeys.isEmpty()) {
            return list("canonicalUrl in ?1", canonicalUrls);
        }
        if (canonicalUrls.isEmpty()) {
            return list("citationKey in ?1", citationKeys);
        }
        return list("canonicalUrl in ?1 or citationKey in ?2", canonicalUrls, citationKeys);
    }

    /**
     * Takes, until the transaction ends, a lock on each of these article identities (canonical URLs,
     * citation keys), in one statement and in one global order, so that two transactions storing the
     * same article one after the other find it stored, and no two can deadlock. The locks are
     * PostgreSQL advisory locks keyed by a 32-bit hash within a key space of their own; a collision
     * costs only waiting.
     */
    public void lockIdentities(Collection<String> identities) {
        if (identities.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(" + LOCK_SPACE + ", k)"
                + " FROM (SELECT DISTINCT hashtext(x) AS k FROM unnest(CAST(:identities AS text[])) AS x ORDER BY k) AS keys) AS locked")
                .setParameter("identities", identities.toArray(String[]::new))
                .getSingleResult();
    }

    public Map<String, Article> findByCanonicalUrls(Collection<String> urls) {
        Map<String, Article> found = new HashMap<>();
        if (!urls.isEmpty()) {
            list("canonicalUrl in ?1", urls).forEach(a -> found.put(a.canonicalUrl, a));
        }
        return found;
    }

    /** For each content hash, the id of the first article stored with it. */
    public Map<String, UUID> firstWithHashes(Collection<String> hashes) {
        Map<String, UUID> first = new HashMap<>();
        if (hashes.isEmpty()) {
            return first;
        }
        getEntityManager()
                .createQuery("select a.contentHash as hash, a.id as id from Article a where a.contentHash in :hashes"
                        + " order by a.createdAt, a.id", Tuple.class)
                .setParameter("hashes", hashes)
                .getResultList()
                .forEach(article -> first.putIfAbsent(article.get("hash", String.class), article.get("id", UUID.class)));
        return first;
    }

    /** The newest articles of each source, at most {@code limit} each, newest first. */
    @SuppressWarnings("unchecked")
    public List<Article> newestOfSources(Collection<UUID> sourceIds, int limit) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = getEntityManager().createNativeQuery("SELECT a.id FROM unnest(CAST(:keys AS uuid[])) AS k(key)"
                + " CROSS JOIN LATERAL (SELECT id FROM article WHERE source_id = k.key"
                + " ORDER BY published_sort DESC, id DESC LIMIT :limit) a")
                .setParameter("keys", sourceIds.toArray(UUID[]::new)).setParameter("limit", limit).getResultList();
        return ids.isEmpty() ? List.of()
                : list("id in ?1 order by publishedSort desc, id desc", ids);
    }

    /** Newest first (by {@link Article#publishedSort}); one more row than asked for, so that the caller knows whether a next page exists. */
    public List<Article> newest(Filter filter, Long afterPublished, UUID afterId, int limit) {
        StringBuilder hql = new StringBuilder("from Article a where 1 = 1");
        Parameters params = new Parameters();
        appendFilter(filter, hql, params, "a.");
        if (afterId != null) {
            hql.append(" and (a.publishedSort < :afterPublished or (a.publishedSort = :afterPublished and a.id < :afterId))");
            params.and("afterPublished", afterPublished).and("afterId", afterId);
        }
        hql.append(" order by a.publishedSort desc, a.id desc");
        return find(hql.toString(), params).page(0, limit + 1).list();
    }

    /**
     * Full-text matches, best first; one more than asked for. Without a language the query is stemmed
     * in English and in Russian and also taken word for word, so that it finds articles in any language.
     */
    @SuppressWarnings("unchecked")
    public List<Match> search(String text, Filter filter, Float afterRank, UUID afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text);
        String where = where(filter, params);
        String after = "";
        if (afterId != null) {
            after = " WHERE (rank, id) < (:afterRank, :afterId)";
            params.put("afterRank", afterRank);
            params.put("afterId", afterId);
        }
        // Snippets are made for the rows of this page only: ts_headline reads the whole text.
        String sql = """
                WITH q AS (SELECT QUERY AS query),
                ranked AS (
                    SELECT a.id, CAST(ts_rank_cd(a.search_vector, q.query) AS real) AS rank
                    FROM article a, q
                    WHERE a.search_vector @@ q.query WHERE_FILTER
                ),
                page AS (SELECT id, rank FROM ranked AFTER ORDER BY rank DESC, id DESC LIMIT :limit)
                SELECT p.id, p.rank,
                       ts_headline(cm_text_search_config(a.language),
                                   coalesce(nullif(concat_ws(' ', a.lede, a.body), ''), a.citation, a.title), q.query, :options)
                FROM page p JOIN article a ON a.id = p.id, q
                ORDER BY p.rank DESC, p.id DESC
                """.replace("QUERY", tsQuery(filter)).replace("WHERE_FILTER", where).replace("AFTER", after);
        params.put("limit", limit + 1);
        params.put("options", HEADLINE_OPTIONS);
        Query q = getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        List<Match> matches = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            matches.add(new Match((UUID) row[0], ((Number) row[1]).floatValue(), (String) row[2]));
        }
        return matches;
    }

    /**
     * How many articles a search matches, counted up to {@code bound} and estimated beyond; without
     * text, how many the filters keep.
     */
    public TotalCount count(String text, Filter filter, int bound) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (text == null) {
            return BoundedCount.count(getEntityManager(), "SELECT 1 FROM article a WHERE true" + where, params, bound);
        }
        params.put("text", text);
        return BoundedCount.count(getEntityManager(),
                "SELECT 1 FROM article a WHERE a.search_vector @@ (" + tsQuery(filter) + ")" + where, params, bound);
    }

    /**
     * The full-text query of a search: without a language, stemmed in English and in Russian and also
     * taken word for word, so that it finds articles in any language.
     */
    private static String tsQuery(Filter filter) {
        return filter.language() == null
                ? "websearch_to_tsquery('pg_catalog.english', :text) || websearch_to_tsquery('pg_catalog.russian', :text)"
                        + " || websearch_to_tsquery('pg_catalog.simple', :text)"
                : "websearch_to_tsquery(cm_text_search_config(:language), :text)";
    }

    /** The filters' conditions on {@code article a}, each starting with AND. */
    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.sourceId() != null) {
            where.append(" AND a.source_id = :sourceId");
            params.put("sourceId", filter.sourceId());
        }
        if (filter.language() != null) {
            where.append(" AND a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.publishedFrom() != null) {
            where.append(" AND a.published_sort >= :publishedFrom");
            params.put("publishedFrom", Article.micros(filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            // An undated citation sorts before every date, but is in no date range.
            where.append(" AND a.published_sort < :publishedTo AND a.published_sort > :undated");
            params.put("publishedTo", Article.micros(filter.publishedTo()));
            params.put("undated", Article.UNDATED);
        }
        return where.toString();
    }

    public long countBySource(UUID sourceId) {
        return count("sourceId", sourceId);
    }

    /** Articles flagged as duplicates of {@code id} lose the flag before it goes. */
    public void clearDuplicateFlags(UUID id) {
        update("duplicateOf = null where duplicateOf = ?1", id);
    }

    private static void appendFilter(Filter filter, StringBuilder hql, Parameters params, String alias) {
        if (filter.sourceId() != null) {
            hql.append(" and ").append(alias).append("sourceId = :sourceId");
            params.and("sourceId", filter.sourceId());
        }
        if (filter.language() != null) {
            hql.append(" and ").append(alias).append("language = :language");
            params.and("language", filter.language());
        }
        if (filter.publishedFrom() != null) {
            hql.append(" and ").append(alias).append("publishedSort >= :publishedFrom");
            params.and("publishedFrom", Article.micros(filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            // An undated citation sorts before every date, but is in no date range.
            hql.append(" and ").append(alias).append("publishedSort < :publishedTo and ").append(alias).append("publishedSort > :undated");
            params.and("publishedTo", Article.micros(filter.publishedTo())).and("undated", Article.UNDATED);
        }
    }
}
