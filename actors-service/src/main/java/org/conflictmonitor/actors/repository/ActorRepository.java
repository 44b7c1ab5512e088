package org.conflictmonitor.actors.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.Alias;
import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.BoundedCount;
import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.common.persistence.KeysetOrder;
import org.conflictmonitor.common.persistence.NativeQueries;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    /** The list's order: by name, accents, case and punctuation ignored (the sort key). */
    private static final KeysetOrder BY_NAME = new KeysetOrder("a.sort_key", "a.id", true);

    /**
     * Rows of a page by name after the request's key, or, paging backward, before it and nearest it
     * first; one more than asked for, so that the caller knows whether more follow (or precede).
     */
    public List<Actor> page(ActorQuery query, KeysetRequest request, int limit) {
        Map<String, Object> params = new HashMap<>();
        NameKey from = request.key(NameKey::of);
        String sql = "SELECT a.* FROM actor a" + where(query, params)
                + BY_NAME.page(request, from == null ? null : from.name(), from == null ? null : from.id(), limit, params);
        return NativeQueries.list(getEntityManager(), sql, params, Actor.class);
    }

    /** How many actors the list's filters keep, counted up to {@code bound} and estimated beyond. */
    public TotalCount count(ActorQuery query, int bound) {
        Map<String, Object> params = new HashMap<>();
        return BoundedCount.count(getEntityManager(), "SELECT 1 FROM actor a" + where(query, params), params, bound);
    }

    private static String where(ActorQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE a.merged_into IS NULL");
        if (query.text() != null) {
            // Both sides normalised alike, so case, accents and punctuation never decide a match.
            sql.append(" AND (a.sort_key LIKE '%' || cm_normalize(:text) || '%'"
                    + " OR EXISTS (SELECT 1 FROM actor_alias al WHERE al.actor_id = a.id"
                    + " AND al.norm_name LIKE '%' || cm_normalize(:text) || '%'))");
            params.put("text", query.text());
        }
        if (!query.kinds().isEmpty()) {
            sql.append(" AND a.kind IN (:kinds)");
            params.put("kinds", query.kinds());
        }
        if (query.country() != null) {
            sql.append(" AND a.country = :country");
            params.put("country", query.country());
        }
        return sql.toString();
    }

    /** Best match per actor for a free-text name, best first. */
    @SuppressWarnings("unchecked")
    public List<NameMatch> resolve(String name, List<String> kinds, int limit) {
        String kindFilter = kinds.isEmpty() ? "" : " AND a.kind IN (:kinds)";
        // similarity rewards a match of the whole name, word_similarity a name that contains the words
        // searched ("Lavrov" in "Sergey Lavrov"); their mean ranks exact names above mere mentions.
        // The % and <% operators let the trigram indexes pick the candidates.
        String sql = """
                WITH q AS (SELECT cm_normalize(:name) AS q),
                names AS (
                    SELECT a.id AS actor_id, a.name AS shown, a.sort_key AS norm
                    FROM actor a, q
                    WHERE a.merged_into IS NULL AND (a.sort_key % q.q OR q.q <% a.sort_key) KIND_FILTER
                    UNION ALL
                    SELECT a.id, al.name, al.norm_name
                    FROM actor_alias al JOIN actor a ON a.id = al.actor_id, q
                    WHERE a.merged_into IS NULL AND (al.norm_name % q.q OR q.q <% al.norm_name) KIND_FILTER
                ),
                best AS (
                    SELECT DISTINCT ON (actor_id) actor_id, shown,
                           (similarity(norm, q.q) + word_similarity(q.q, norm)) / 2 AS score
                    FROM names, q
                    ORDER BY actor_id, score DESC, shown
                )
                SELECT actor_id, shown, score FROM best ORDER BY score DESC, shown LIMIT :limit
                """.replace("KIND_FILTER", kindFilter);
        Query q = getEntityManager().createNativeQuery(sql, Tuple.class)
                .setParameter("name", name)
                .setParameter("limit", limit);
        if (!kinds.isEmpty()) {
            q.setParameter("kinds", kinds);
        }
        List<Tuple> rows = q.getResultList();
        List<NameMatch> matches = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            matches.add(new NameMatch(row.get("actor_id", UUID.class), row.get("shown", String.class), row.get("score", Number.class).doubleValue()));
        }
        return matches;
    }

    /** The actor with this id or, for a merged duplicate, the survivor it was merged into. */
    public Optional<Actor> findFollowingMerges(UUID id) {
        return findByIdOptional(id).map(a -> a.isMerged() ? findById(a.mergedInto) : a);
    }

    public Optional<Actor> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The actors with these ids, their aliases loaded in the same query. */
    public List<Actor> findAllById(Collection<UUID> ids) {
        return CollectionLoader.load(getEntityManager(), Actor.class, "aliases", ids);
    }

    /** The ids of the duplicates merged into each of the given actors. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> mergedIdsOf(Collection<UUID> survivorIds) {
        Map<UUID, List<UUID>> merged = new HashMap<>();
        if (survivorIds.isEmpty()) {
            return merged;
        }
        // Plain SQL: in HQL, a list parameter of another length made Hibernate translate the query anew each time.
        List<Tuple> rows = getEntityManager().createNativeQuery("SELECT merged_into, id FROM actor WHERE merged_into IN (:ids) ORDER BY id", Tuple.class)
                .setParameter("ids", survivorIds).getResultList();
        rows.forEach(row -> merged.computeIfAbsent(row.get("merged_into", UUID.class), k -> new ArrayList<>()).add(row.get("id", UUID.class)));
        return merged;
    }

    /** The actors with these ids, their aliases left unloaded: to read, with {@link #aliasesOf} for many at once. */
    public List<Actor> findForReading(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : NativeQueries.list(getEntityManager(), "SELECT * FROM actor WHERE id IN (:ids)", Map.of("ids", ids), Actor.class);
    }

    /** The aliases of each of these actors, by name (as an actor's own are ordered), with one plain query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<Alias>> aliasesOf(Collection<UUID> ids) {
        Map<UUID, List<Alias>> aliases = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Tuple> rows = getEntityManager().createNativeQuery("SELECT actor_id, name, lang FROM actor_alias WHERE actor_id IN (:ids) ORDER BY name",
                    Tuple.class).setParameter("ids", ids).getResultList();
            rows.forEach(row -> aliases.computeIfAbsent(row.get("actor_id", UUID.class), k -> new ArrayList<>())
                    .add(new Alias(row.get("name", String.class), row.get("lang", String.class))));
        }
        return aliases;
    }

    /** Points the duplicates earlier merged into {@code from} to {@code to}, so that no chain of merges forms. */
    public void repointMerged(UUID from, UUID to) {
        update("mergedInto = ?1 where mergedInto = ?2", to, from);
    }

    public boolean existsWithWikidataId(String wikidataId, UUID exceptId) {
        return wikidataId != null && count("wikidataId = ?1 and id <> ?2", wikidataId, exceptId) > 0;
    }

    public boolean existsWithUcdpId(Integer ucdpActorId, UUID exceptId) {
        return ucdpActorId != null && count("ucdpActorId = ?1 and id <> ?2", ucdpActorId, exceptId) > 0;
    }

    public boolean existsWithUcdpName(String ucdpName, UUID exceptId) {
        return ucdpName != null && count("ucdpName = ?1 and id <> ?2", ucdpName, exceptId) > 0;
    }
}
