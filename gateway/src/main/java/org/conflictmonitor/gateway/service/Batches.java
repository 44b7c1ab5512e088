package org.conflictmonitor.gateway.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.conflictmonitor.api.paging.PageLimits;

/** Splits the ids of one batch into the service's batch size, without nulls or repeats, and calls it per chunk. */
final class Batches {

    private Batches() {
    }

    /**
     * Calls the service once per chunk of ids and gathers what each answer holds, keyed: the
     * entries of a lookup or batch answer, with their id and the value to keep for it.
     */
    static <E, V> Map<UUID, V> collect(Collection<UUID> ids, Function<List<UUID>, List<E>> call,
            Function<E, UUID> key, Function<E, V> value) {
        Map<UUID, V> found = new HashMap<>();
        for (List<UUID> chunk : of(ids)) {
            call.apply(chunk).forEach(entry -> found.put(key.apply(entry), value.apply(entry)));
        }
        return found;
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
