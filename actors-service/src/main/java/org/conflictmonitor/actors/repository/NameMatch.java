package org.conflictmonitor.actors.repository;

import java.util.UUID;

/** An actor whose name or alias resembles a searched name, and how closely (0–1). */
public record NameMatch(UUID actorId, String matchedName, double score) {
}
