package org.conflictmonitor.sources.repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.conflictmonitor.api.paging.TotalCount;
import org.conflictmonitor.common.paging.KeysetRequest;
import org.conflictmonitor.common.paging.NameKey;
import org.conflictmonitor.common.persistence.BoundedCount;
import org.conflictmonitor.common.persistence.CollectionLoader;
import org.conflictmonitor.common.persistence.KeysetOrder;
import org.conflictmonitor.common.persistence.NativeQueries;
import org.conflictmonitor.common.persistence.LikePattern;
import org.conflictmonitor.sources.api.ReliabilityGrade;
import org.conflictmonitor.sources.api.SourceKind;
import org.conflictmonitor.sources.entity.Source;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    /** The list's order: by name, case ignored. */
    private static final KeysetOrder BY_NAME = new KeysetOrder("lower(s.name)", "s.id", true);

    /** The filters of the source list; null for any left out. */
    public record Filter(String text, SourceKind kind, String country, ReliabilityGrade grade) {
    }

    /**
     * One page by lower-cased name after the request's key, or, paging backward, before it and
     * nearest it first; one more than asked for, so that the caller knows whether more follow (or precede).
     */
    public List<Source> page(Filter filter, KeysetRequest request, int limit) {
        Map<String, Object> params = new HashMap<>();
        NameKey from = request.key(NameKey::of);
        String sql = "SELECT s.* FROM source s" + where(filter, params)
                + BY_NAME.page(request, from == null ? null : from.name(), from == null ? null : from.id(), limit, params);
        List<Source> page = NativeQueries.list(getEntityManager(), sql, params, Source.class);
        findAllById(page.stream().map(row -> row.id).toList());
        return page;
    }

    /** How many sources the filters keep, counted up to {@code bound} and estimated beyond. */
    public TotalCount count(Filter filter, int bound) {
        Map<String, Object> params = new HashMap<>();
        return BoundedCount.count(getEntityManager(), "SELECT 1 FROM source s" + where(filter, params), params, bound);
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.text() != null) {
            where.append(" AND lower(s.name) LIKE :text");
            params.put("text", "%" + LikePattern.escape(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.kind() != null) {
            where.append(" AND s.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.country() != null) {
            where.append(" AND s.country = :country");
            params.put("country", filter.country());
        }
        if (filter.grade() != null) {
            where.append(" AND s.reliability_grade = :grade");
            params.put("grade", filter.grade().name());
        }
        return where.toString();
    }

    /** The sources with these ids, their domains loaded in the same query. */
    public List<Source> findAllById(Collection<UUID> ids) {
        return CollectionLoader.load(getEntityManager(), Source.class, "domains", ids);
    }

    /** Those of the ids that a source has. */
    public List<UUID> knownIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : getEntityManager().createQuery("select s.id from Source s where s.id in :ids", UUID.class)
                        .setParameter("ids", ids).getResultList();
    }

    /** A source to create by name if no source has the name; see {@link #findOrCreateByName}. */
    public record NewByName(UUID id, String name, SourceKind kind, ReliabilityGrade grade, String rationale) {
    }

    /** What a name resolved to: the source's id and stored name. */
    public record Named(UUID id, String name) {
    }

    /**
     * For each item, the source with its name compared as the unique index {@code lower(name)} does,
     * inserted first if missing: in two statements whatever the number of items. The insert skips
     * names taken, also by a transaction that commits meanwhile (it waits for it), and inserts in
     * order of {@code lower(name)}, so that two of them racing on the same names never deadlock; of
     * several items with one name, only the first is inserted. An item's source was created here if
     * its id is the one it brought.
     */
    @SuppressWarnings("unchecked")
    public List<Named> findOrCreateByName(List<NewByName> items, String user, OffsetDateTime now) {
        String[] names = items.stream().map(NewByName::name).toArray(String[]::new);
        getEntityManager().createNativeQuery("""
                INSERT INTO source (id, name, kind, ownership, reliability_grade, reliability_rationale, reliability_rated_by,
                                    reliability_rated_at, created_at, created_by, updated_at, updated_by, version)
                SELECT id, name, kind, 'UNKNOWN', grade, rationale, :user, :now, :now, :user, :now, :user, 0
                FROM (SELECT DISTINCT ON (lower(t.name)) t.*
                      FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:kinds AS text[]),
                                  CAST(:grades AS text[]), CAST(:rationales AS text[])) WITH ORDINALITY AS t(id, name, kind, grade, rationale, ord)
                      ORDER BY lower(t.name), t.ord) AS firsts
                ORDER BY lower(name)
                ON CONFLICT ((lower(name))) DO NOTHING
                """)
                .setParameter("ids", items.stream().map(NewByName::id).toArray(UUID[]::new))
                .setParameter("names", names)
                .setParameter("kinds", items.stream().map(i -> i.kind().name()).toArray(String[]::new))
                .setParameter("grades", items.stream().map(i -> i.grade().name()).toArray(String[]::new))
                .setParameter("rationales", items.stream().map(NewByName::rationale).toArray(String[]::new))
                .setParameter("user", user)
                .setParameter("now", now)
                .executeUpdate();
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                SELECT t.ord AS ord, s.id AS id, s.name AS name
                FROM unnest(CAST(:names AS text[])) WITH ORDINALITY AS t(name, ord)
                JOIN source s ON lower(s.name) = lower(t.name)
                """, Tuple.class).setParameter("names", names).getResultList();
        Named[] resolved = new Named[items.size()];
        for (Tuple row : rows) {
            resolved[row.get("ord", Number.class).intValue() - 1] = new Named(row.get("id", UUID.class), row.get("name", String.class));
        }
        return Arrays.asList(resolved);
    }

    public boolean existsWithName(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }

    /** For each of the given domains that a source claims, that source's id. */
    public Map<String, UUID> sourcesOfDomains(Collection<String> domains) {
        Map<String, UUID> owners = new HashMap<>();
        if (domains.isEmpty()) {
            return owners;
        }
        getEntityManager()
                .createQuery("select d, s.id from Source s join s.domains d where d in :domains", Object[].class)
                .setParameter("domains", domains)
                .getResultList()
                .forEach(row -> owners.put((String) row[0], (UUID) row[1]));
        return owners;
    }
}
