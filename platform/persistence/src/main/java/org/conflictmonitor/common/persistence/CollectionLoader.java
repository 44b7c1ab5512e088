package org.conflictmonitor.common.persistence;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * Loads a collection of many entities at once, one query per collection, so that a page of N
 * entities costs the same number of queries whatever N is. (Lazy loading would cost one query per
 * entity and collection; fetching several collections in one join would multiply the rows.)
 */
public final class CollectionLoader {

    private CollectionLoader() {
    }

    /**
     * Initialises {@code collection} of the entities of {@code type} with these ids in the persistence
     * context; entities already loaded there are the ones that get it.
     */
    public static <T> List<T> load(EntityManager em, Class<T> type, String collection, Collection<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct x from " + type.getSimpleName() + " x left join fetch x." + collection
                + " where x.id in :ids", type).setParameter("ids", ids).getResultList();
    }
}
