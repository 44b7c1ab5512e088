package org.conflictmonitor.actors.repository;

import java.util.List;

/**
 * The filters of the actor list; merged duplicates are never listed.
 *
 * @param text    text a name or alias must contain, or null
 * @param kinds   kinds to keep, empty for all
 * @param country ISO alpha-3 code to keep, or null
 */
public record ActorQuery(String text, List<String> kinds, String country) {
}
