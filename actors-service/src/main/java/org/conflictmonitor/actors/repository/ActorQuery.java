package org.conflictmonitor.actors.repository;

import java.util.List;
import java.util.UUID;

/**
 * The filters and position of one page of the actor list.
 *
 * @param text    text a name or alias must contain, or null
 * @param kinds   kinds to keep, empty for all
 * @param country ISO alpha-3 code to keep, or null
 * @param after   sort key and id of the last actor of the previous page, or null for the first page
 * @param limit   page size
 */
public record ActorQuery(String text, List<String> kinds, String country, After after, int limit) {

    public record After(String sortKey, UUID id) {
    }
}
