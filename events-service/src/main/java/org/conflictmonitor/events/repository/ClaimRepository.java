package org.conflictmonitor.events.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.common.persistence.NativeQueries;
import org.conflictmonitor.events.entity.Claim;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** The claims with these ids, their figures loaded. */
    public List<Claim> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c from Claim c left join fetch c.figures where c.id in :ids", Claim.class)
                        .setParameter("ids", ids).getResultList();
    }

    /**
     * The claims of the given events, oldest first, their figures loaded. Plain SQL: the same query
     * in HQL was translated again on every call (a list parameter of another length misses the plan
     * cache), and most pages of events have few claims or none.
     */
    public List<Claim> ofEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Claim> found = NativeQueries.list(getEntityManager(), "SELECT * FROM claim WHERE event_id IN (:ids) ORDER BY created_at, id",
                Map.of("ids", eventIds), Claim.class);
        if (!found.isEmpty()) {
            CollectionLoader.load(getEntityManager(), Claim.class, "figures", found.stream().map(c -> c.id).toList());
        }
        return found;
    }
}
