package org.conflictmonitor.gateway.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.conflictmonitor.api.paging.PageLimits;

/** Splits the ids of one batch into the service's batch size, without nulls or repeats. */
final class Batches {

    private Batches() {
    }

    static List<List<UUID>> of(Collection<UUID> ids) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += PageLimits.MAX_BATCH) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + PageLimits.MAX_BATCH)));
        }
        return chunks;
    }
}
