package org.conflictmonitor.events.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.events.entity.Claim;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** The claims with these ids, their figures loaded. */
    public List<Claim> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c from Claim c left join fetch c.figures where c.id in :ids", Claim.class)
                        .setParameter("ids", ids).getResultList();
    }

    /** The claims of the given events, oldest first. */
    public List<Claim> ofEvents(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct c from Claim c left join fetch c.figures where c.eventId in :ids"
                        + " order by c.createdAt, c.id", Claim.class).setParameter("ids", eventIds).getResultList();
    }
}
