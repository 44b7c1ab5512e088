package org.conflictmonitor.events.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.events.entity.ImportRun;

@ApplicationScoped
public class ImportRunRepository implements PanacheRepositoryBase<ImportRun, UUID> {

    /** Newest first, after the run a cursor names if any; one more than asked for. */
    public List<ImportRun> page(OffsetDateTime afterStart, UUID afterId, int limit) {
        if (afterStart == null) {
            return find("order by createdAt desc, id desc").page(0, limit + 1).list();
        }
        return find("createdAt < ?1 or (createdAt = ?1 and id < ?2) order by createdAt desc, id desc", afterStart, afterId)
                .page(0, limit + 1).list();
    }
}
