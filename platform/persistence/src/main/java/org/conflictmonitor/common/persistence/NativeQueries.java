package org.conflictmonitor.common.persistence;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Native SQL whose rows are entities, with named parameters. */
public final class NativeQueries {

    private NativeQueries() {
    }

    @SuppressWarnings("unchecked")
    public static <E> List<E> list(EntityManager em, String sql, Map<String, ?> params, Class<E> entity) {
        Query query = em.createNativeQuery(sql, entity);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
