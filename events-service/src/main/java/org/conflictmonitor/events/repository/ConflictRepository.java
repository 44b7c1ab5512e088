package org.conflictmonitor.events.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.BoundedCount;
import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.common.persistence.KeysetOrder;
import org.conflictmonitor.common.persistence.NativeQueries;
import org.conflictmonitor.common.persistence.LikePattern;
import org.conflictmonitor.events.entity.Conflict;

@ApplicationScoped
public class ConflictRepository implements PanacheRepositoryBase<Conflict, UUID> {

    /** The list's order: by name, case ignored. */
    private static final KeysetOrder BY_NAME = new KeysetOrder("lower(c.name)", "c.id", true);

    /** The conflicts a list shows: those whose name contains {@code text}, of these UCDP ids when any are given. */
    public record Filter(String text, Collection<Integer> ucdpIds) {
    }

    /**
     * One page by lower-cased name after the request's key, or, paging backward, before it and
     * nearest it first; one more than asked for.
     */
    public List<Conflict> page(Filter filter, KeysetRequest request, int limit) {
        Map<String, Object> params = new HashMap<>();
        NameKey from = request.key(NameKey::of);
        String sql = "SELECT c.* FROM conflict c" + where(filter, params)
                + BY_NAME.page(request, from == null ? null : from.name(), from == null ? null : from.id(), limit, params);
        List<Conflict> page = NativeQueries.list(getEntityManager(), sql, params, Conflict.class);
        findAllById(page.stream().map(c -> c.id).toList());
        return page;
    }

    /** How many conflicts the filter keeps, counted up to {@code bound} and estimated beyond. */
    public TotalCount count(Filter filter, int bound) {
        Map<String, Object> params = new HashMap<>();
        return BoundedCount.count(getEntityManager(), "SELECT 1 FROM conflict c" + where(filter, params), params, bound);
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.ucdpIds() != null && !filter.ucdpIds().isEmpty()) {
            where.append(" AND c.ucdp_conflict_id IN (:ucdpIds)");
            params.put("ucdpIds", filter.ucdpIds());
        }
        if (filter.text() != null) {
            where.append(" AND lower(c.name) LIKE :text");
            params.put("text", "%" + LikePattern.escape(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    /** The conflicts with these ids, their parties, timelines and UCDP years loaded with one query each. */
    public List<Conflict> findAllById(Collection<UUID> ids) {
        CollectionLoader.load(getEntityManager(), Conflict.class, "parties", ids);
        CollectionLoader.load(getEntityManager(), Conflict.class, "ucdpYears", ids);
        return CollectionLoader.load(getEntityManager(), Conflict.class, "timeline", ids);
    }

    /**
     * The conflicts with these UCDP conflict ids, by UCDP id, locked until the transaction ends (in the
     * order of their UCDP ids, so that two upserts of overlapping conflicts wait for each other instead
     * of deadlocking). Only the conflicts are read, no collection.
     */
    public Map<Integer, Conflict> lockByUcdpIds(Collection<Integer> ucdpIds) {
        if (ucdpIds.isEmpty()) {
            return Map.of();
        }
        return find("ucdpConflictId in ?1 order by ucdpConflictId", ucdpIds).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .stream().collect(Collectors.toMap(c -> c.ucdpConflictId, Function.identity()));
    }

    /**
     * Loads one collection ({@code parties}, {@code timeline}, {@code ucdpYears}) of the conflicts with
     * these ids, already in the persistence context, in one query.
     */
    public void loadCollection(String collection, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            // Unlike CollectionLoader, no DISTINCT: the rows are not wanted, and ucdpYears rows are wide.
            getEntityManager().createQuery("select c from Conflict c left join fetch c." + collection + " where c.id in :ids", Conflict.class)
                    .setParameter("ids", ids).getResultList();
        }
    }

    /** Which of these lower-cased names conflicts have, lower-cased. */
    public Set<String> takenNames(Collection<String> lowerCaseNames) {
        if (lowerCaseNames.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select lower(c.name) from Conflict c where lower(c.name) in :names", String.class)
                .setParameter("names", lowerCaseNames).getResultList());
    }

    public boolean existsWithName(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }
}
