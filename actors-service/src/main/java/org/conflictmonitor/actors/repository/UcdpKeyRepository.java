package org.conflictmonitor.actors.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.entity.Alias;

/**
 * The SQL of resolving and creating actors by their UCDP keys, a whole batch per statement: each
 * statement takes its rows as PostgreSQL arrays (one parameter per column, whatever the batch size)
 * and unnests them. Plain JDBC on the transaction's own connection, because Hibernate would insert
 * entity by entity and cannot say {@code ON CONFLICT DO NOTHING}. Nothing here touches the
 * persistence context.
 */
@ApplicationScoped
public class UcdpKeyRepository {

    /** An actor row that holds a UCDP key or a Wikidata id asked about. */
    public record KeyHolder(UUID id, UUID mergedInto, Integer ucdpActorId, String ucdpName, String wikidataId) {

        /** The actor this row answers with: itself, or the survivor it was merged into. */
        public UUID actorId() {
            return mergedInto != null ? mergedInto : id;
        }
    }

    /** UCDP keys to record on an existing row; null where that key is not to be recorded. */
    public record KeysToRecord(UUID id, Integer ucdpActorId, String ucdpName) {
    }

    private final EntityManager em;

    public UcdpKeyRepository(EntityManager em) {
        this.em = em;
    }

    /** Every row (merged duplicates included) that has one of these UCDP ids, UCDP names or Wikidata ids. */
    public List<KeyHolder> findHolders(Collection<Integer> ucdpActorIds, Collection<String> ucdpNames, Collection<String> wikidataIds) {
        String sql = "SELECT id, merged_into, ucdp_actor_id, ucdp_name, wikidata_id FROM actor"
                + " WHERE ucdp_actor_id = ANY (?) OR ucdp_name = ANY (?) OR wikidata_id = ANY (?)";
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("int4", ucdpActorIds.toArray(Integer[]::new)));
                ps.setArray(2, connection.createArrayOf("text", ucdpNames.toArray(String[]::new)));
                ps.setArray(3, connection.createArrayOf("text", wikidataIds.toArray(String[]::new)));
                List<KeyHolder> holders = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        holders.add(new KeyHolder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                (Integer) rs.getObject(3), rs.getString(4), rs.getString(5)));
                    }
                }
                return holders;
            }
        });
    }

    /**
     * Inserts the actors, with their aliases, skipping any that clashes with a unique key stored
     * meanwhile (by a transaction that committed first, or that this one waited for).
     *
     * @return the ids of the actors inserted
     */
    public Set<UUID> insertIfAbsent(List<Actor> actors, String user, OffsetDateTime now) {
        if (actors.isEmpty()) {
            return Set.of();
        }
        String sql = """
                INSERT INTO actor (id, kind, name, country, description, wikidata_id, ucdp_actor_id, ucdp_name,
                                   created_at, created_by, updated_at, updated_by, version)
                SELECT r.id, r.kind, r.name, r.country, r.description, r.wikidata_id, r.ucdp_actor_id, r.ucdp_name,
                       ?, ?, ?, ?, 0
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[])
                     AS r (id, kind, name, country, description, wikidata_id, ucdp_actor_id, ucdp_name)
                ON CONFLICT DO NOTHING
                RETURNING id
                """;
        return session().doReturningWork(connection -> {
            Set<UUID> inserted = new HashSet<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setObject(1, now);
                ps.setString(2, user);
                ps.setObject(3, now);
                ps.setString(4, user);
                ps.setArray(5, connection.createArrayOf("uuid", actors.stream().map(a -> a.id).toArray(UUID[]::new)));
                ps.setArray(6, connection.createArrayOf("text", actors.stream().map(a -> a.kind.name()).toArray(String[]::new)));
                ps.setArray(7, connection.createArrayOf("text", actors.stream().map(a -> a.name).toArray(String[]::new)));
                ps.setArray(8, connection.createArrayOf("text", actors.stream().map(a -> a.country).toArray(String[]::new)));
                ps.setArray(9, connection.createArrayOf("text", actors.stream().map(a -> a.description).toArray(String[]::new)));
                ps.setArray(10, connection.createArrayOf("text", actors.stream().map(a -> a.wikidataId).toArray(String[]::new)));
                ps.setArray(11, connection.createArrayOf("int4", actors.stream().map(a -> a.ucdpActorId).toArray(Integer[]::new)));
                ps.setArray(12, connection.createArrayOf("text", actors.stream().map(a -> a.ucdpName).toArray(String[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            insertAliases(connection, actors.stream().filter(a -> inserted.contains(a.id)).toList());
            return inserted;
        });
    }

    private static void insertAliases(Connection connection, List<Actor> actors) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        for (Actor actor : actors) {
            for (Alias alias : actor.aliases) {
                ids.add(actor.id);
                names.add(alias.name);
                langs.add(alias.lang);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO actor_alias (actor_id, name, lang)"
                + " SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setArray(1, connection.createArrayOf("uuid", ids.toArray(UUID[]::new)));
            ps.setArray(2, connection.createArrayOf("text", names.toArray(String[]::new)));
            ps.setArray(3, connection.createArrayOf("text", langs.toArray(String[]::new)));
            ps.executeUpdate();
        }
    }

    /**
     * Records UCDP keys on existing rows where those are still empty (a key recorded meanwhile by
     * someone else is kept), bumping the version as any other change does. A key another row took
     * meanwhile fails the statement with a unique violation.
     */
    public void recordKeys(List<KeysToRecord> keys, String user, OffsetDateTime now) {
        if (keys.isEmpty()) {
            return;
        }
        String sql = """
                UPDATE actor a
                SET ucdp_actor_id = coalesce(a.ucdp_actor_id, k.ucdp_actor_id),
                    ucdp_name = coalesce(a.ucdp_name, k.ucdp_name),
                    updated_at = ?, updated_by = ?, version = a.version + 1
                FROM unnest(?::uuid[], ?::int4[], ?::text[]) AS k (id, ucdp_actor_id, ucdp_name)
                WHERE a.id = k.id
                  AND ((a.ucdp_actor_id IS NULL AND k.ucdp_actor_id IS NOT NULL)
                    OR (a.ucdp_name IS NULL AND k.ucdp_name IS NOT NULL))
                """;
        session().doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setObject(1, now);
                ps.setString(2, user);
                ps.setArray(3, connection.createArrayOf("uuid", keys.stream().map(KeysToRecord::id).toArray(UUID[]::new)));
                ps.setArray(4, connection.createArrayOf("int4", keys.stream().map(KeysToRecord::ucdpActorId).toArray(Integer[]::new)));
                ps.setArray(5, connection.createArrayOf("text", keys.stream().map(KeysToRecord::ucdpName).toArray(String[]::new)));
                ps.executeUpdate();
            }
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
