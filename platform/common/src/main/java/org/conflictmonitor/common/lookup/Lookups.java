package org.conflictmonitor.common.lookup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.conflictmonitor.api.lookup.LookupResult;

/**
 * Batch lookups as every service answers them: found items in the order asked, each once, and the
 * ids that matched nothing.
 */
public final class Lookups {

    private Lookups() {
    }

    public static <E, T> LookupResult<T> inRequestOrder(List<UUID> ids, Map<UUID, E> found, Function<E, T> toDto) {
        List<T> items = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            E entity = found.get(id);
            if (entity == null) {
                missing.add(id);
            } else {
                items.add(toDto.apply(entity));
            }
        }
        return new LookupResult<>(items, missing);
    }
}
