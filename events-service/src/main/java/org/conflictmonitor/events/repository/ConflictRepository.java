package org.conflictmonitor.events.repository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.events.entity.Conflict;

@ApplicationScoped
public class ConflictRepository implements PanacheRepositoryBase<Conflict, UUID> {

    /** One page by lower-cased name; one more than asked for. */
    public List<Conflict> page(String text, String afterName, UUID afterId, int limit) {
        StringBuilder hql = new StringBuilder("from Conflict c where 1 = 1");
        Parameters params = new Parameters();
        if (text != null) {
            hql.append(" and lower(c.name) like :text");
            params.and("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterId != null) {
            hql.append(" and (lower(c.name) > :afterName or (lower(c.name) = :afterName and c.id > :afterId))");
            params.and("afterName", afterName).and("afterId", afterId);
        }
        hql.append(" order by lower(c.name), c.id");
        List<Conflict> page = find(hql.toString(), params).page(0, limit + 1).list();
        findAllById(page.stream().map(c -> c.id).toList());
        return page;
    }

    /** The conflicts with these ids, their parties and timelines loaded with one query each. */
    public List<Conflict> findAllById(Collection<UUID> ids) {
        CollectionLoader.load(getEntityManager(), Conflict.class, "parties", ids);
        return CollectionLoader.load(getEntityManager(), Conflict.class, "timeline", ids);
    }

    public boolean existsWithName(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }
}
