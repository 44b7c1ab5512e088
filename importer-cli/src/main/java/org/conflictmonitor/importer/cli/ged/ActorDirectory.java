package org.conflictmonitor.importer.cli.ged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.conflictmonitor.actors.api.ActorBulkItem;
import org.conflictmonitor.actors.api.ActorBulkItemResult;
import org.conflictmonitor.actors.api.ActorBulkRequest;
import org.conflictmonitor.actors.api.ActorBulkResult;
import org.conflictmonitor.importer.cli.client.ActorsClient;

/** The actors of GED's sides, resolved or created in actors-service once per run, in bulk. */
final class ActorDirectory {

    private final ActorsClient actors;
    private final Map<GedSide, UUID> ids = new HashMap<>();
    private int created;

    ActorDirectory(ActorsClient actors) {
        this.actors = actors;
    }

    /** Makes sure every side has its actor: one call for the sides not seen yet in this run. */
    void resolve(Set<GedSide> sides) {
        List<GedSide> missing = new ArrayList<>(new LinkedHashSet<>(sides));
        missing.removeIf(ids::containsKey);
        for (int from = 0; from < missing.size(); from += ActorBulkRequest.MAX_ITEMS) {
            List<GedSide> chunk = missing.subList(from, Math.min(missing.size(), from + ActorBulkRequest.MAX_ITEMS));
            ActorBulkResult result = actors.bulk(new ActorBulkRequest(chunk.stream().map(s -> new ActorBulkItem(s.key(), s.newActor())).toList()));
            for (ActorBulkItemResult r : result.results()) {
                ids.put(chunk.get(r.index()), r.id());
            }
            created += result.created();
        }
    }

    UUID id(GedSide side) {
        return side == null ? null : ids.get(side);
    }

    int created() {
        return created;
    }
}
