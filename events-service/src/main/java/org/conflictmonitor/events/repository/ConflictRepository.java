package org.conflictmonitor.events.repository;

import java.util.Collection;
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
import io.quarkus.panache.common.Parameters;

import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.events.entity.Conflict;

@ApplicationScoped
public class ConflictRepository implements PanacheRepositoryBase<Conflict, UUID> {

    /** One page by lower-cased name, of the conflicts with these UCDP ids if any are given; one more than asked for. */
    public List<Conflict> page(String text, Collection<Integer> ucdpIds, String afterName, UUID afterId, int limit) {
        StringBuilder hql = new StringBuilder("from Conflict c where 1 = 1");
        Parameters params = new Parameters();
        if (ucdpIds != null && !ucdpIds.isEmpty()) {
            hql.append(" and c.ucdpConflictId in :ucdpIds");
            params.and("ucdpIds", ucdpIds);
        }
        if (text != null) {
            hql.append(" and lower(c.name) like :text");
            params.and("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterId != null) {
            hql.append(" and (lower(c.name) > :afterName or (lower(c.name) = :afterName and c.id > :afterId))");
            params.and("afterName", afterName).and("afterId", afterId);
        }
        hql.append(" order by lower(c.name), c.id");
        List<Conflict> page = find(hql.toString(), params).page(0, limit + 1).list();
        findAllById(page.stream().map(c -> c.id).toList());
        return page;
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
