package org.conflictmonitor.common.persistence;

import java.util.Map;

import org.conflictmonitor.common.paging.KeysetRequest;

/**
 * The order of a keyset-paged list, a sort expression and then the id that breaks ties, and the SQL
 * that reads one page of it after (or, paging backward, before) a cursor's key.
 *
 * @param sortExpression the SQL the list sorts by first, e.g. {@code a.sort_key}
 * @param idExpression   the row's id column, e.g. {@code a.id}
 * @param ascending      whether the list shows the smallest first
 */
public record KeysetOrder(String sortExpression, String idExpression, boolean ascending) {

    /**
     * What follows a query's WHERE conditions: the keyset condition when there is a key, the order to
     * read rows in and a limit of one more row than the page, so the caller knows whether more
     * follow (or precede). Its parameters go into {@code params}.
     *
     * @param sortValue the key's sort value, or null for the first page
     * @param idValue   the key's id
     */
    public String page(KeysetRequest request, Object sortValue, Object idValue, int limit, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (sortValue != null) {
            sql.append(" AND (").append(sortExpression).append(", ").append(idExpression).append(") ")
                    .append(request.comparison(ascending)).append(" (:keysetSort, :keysetId)");
            params.put("keysetSort", sortValue);
            params.put("keysetId", idValue);
        }
        String direction = request.direction(ascending);
        sql.append(" ORDER BY ").append(sortExpression).append(' ').append(direction)
                .append(", ").append(idExpression).append(' ').append(direction).append(" LIMIT :keysetLimit");
        params.put("keysetLimit", limit + 1);
        return sql.toString();
    }
}
