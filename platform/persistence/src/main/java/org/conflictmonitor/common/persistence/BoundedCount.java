package org.conflictmonitor.common.persistence;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.api.paging.TotalCount;

/**
 * Counts the rows a list's filters match without counting a million of them on every page: exactly
 * up to a bound, and beyond it PostgreSQL's estimate for the same query (the planner's row count),
 * which says it is one.
 */
public final class BoundedCount {

    private static final ObjectMapper PLANS = new ObjectMapper();

    private BoundedCount() {
    }

    /**
     * @param matching a native {@code SELECT 1 FROM … WHERE …} of the rows to count
     * @param params   its named parameters
     * @param bound    how many rows to count one by one at most
     */
    public static TotalCount count(EntityManager em, String matching, Map<String, ?> params, int bound) {
        Query counted = em.createNativeQuery("SELECT count(*) FROM (" + matching + " LIMIT :bound) m");
        params.forEach(counted::setParameter);
        counted.setParameter("bound", bound + 1);
        int value = ((Number) counted.getSingleResult()).intValue();
        if (value <= bound) {
            return new TotalCount(value, true);
        }
        Query plan = em.createNativeQuery("EXPLAIN (FORMAT JSON) " + matching);
        params.forEach(plan::setParameter);
        long estimate = plannedRows(String.valueOf(plan.getSingleResult()));
        // An int, as GraphQL counts go: no table here nears two billion rows.
        return new TotalCount((int) Math.min(Integer.MAX_VALUE, Math.max(estimate, bound + 1L)), false);
    }

    /** The row count the planner expects of a query's top node, from {@code EXPLAIN (FORMAT JSON)}. */
    static long plannedRows(String plan) {
        try {
            return PLANS.readTree(plan).path(0).path("Plan").path("Plan Rows").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's plan is not the JSON it documents", e);
        }
    }
}
