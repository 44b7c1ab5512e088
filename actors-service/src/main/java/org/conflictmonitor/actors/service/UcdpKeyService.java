package org.conflictmonitor.actors.service;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.conflictmonitor.actors.api.ActorBulkItem;
import org.conflictmonitor.actors.api.ActorBulkItemResult;
import org.conflictmonitor.actors.api.ActorBulkResult;
import org.conflictmonitor.actors.api.ActorBulkStatus;
import org.conflictmonitor.actors.api.ActorDto;
import org.conflictmonitor.actors.api.ExternalIds;
import org.conflictmonitor.actors.api.UcdpKey;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.mapping.ActorMapper;
import org.conflictmonitor.actors.repository.UcdpKeyRepository;
import org.conflictmonitor.api.problem.FieldError;
import org.conflictmonitor.api.problem.ProblemType;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.persistence.Ids;
import org.conflictmonitor.common.security.CurrentUser;

/**
 * Actors by their UCDP keys, for imports of UCDP data: a batch is resolved, and its missing actors
 * created, with a constant number of statements (one read, one insert of actors, one of aliases, one
 * update of keys to record), whatever its size; see {@link UcdpKeyResolution} for the rules.
 * <p>
 * Two imports may race on the same new key. The unique indexes on the keys decide: the insert skips
 * a row whose key another transaction stored (waiting for it to commit or roll back first), and a key
 * recorded on a row that another transaction gave to a different row fails with a unique violation.
 * Either way the transaction is rolled back and the batch resolved again from the start, now seeing
 * the other import's actors, so that one key is only ever one actor.
 */
@ApplicationScoped
public class UcdpKeyService {

    private static final Logger LOG = Logger.getLogger(UcdpKeyService.class);
    /** How often a batch is tried when concurrent writes keep clashing with it. */
    static final int MAX_ATTEMPTS = 5;
    /** Unique violation; and deadlock, which two imports inserting the same keys in other orders can meet. */
    private static final Set<String> CLASHES = Set.of("23505", "40P01");

    private static final Comparator<Actor> KEY_ORDER = Comparator
            .comparing((Actor a) -> a.ucdpActorId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.ucdpName, Comparator.nullsLast(Comparator.naturalOrder()));

    private final UcdpKeyRepository keys;
    private final ActorService actors;
    private final ActorMapper mapper;
    private final CurrentUser currentUser;

    public UcdpKeyService(UcdpKeyRepository keys, ActorService actors, ActorMapper mapper, CurrentUser currentUser) {
        this.keys = keys;
        this.actors = actors;
        this.mapper = mapper;
        this.currentUser = currentUser;
    }

    /** The actor a UCDP key means, as a bulk resolve would find it. */
    @Transactional
    public ActorDto find(Integer ucdpActorId, String ucdpName) {
        if (ucdpActorId == null && ucdpName == null) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request", "The request has 2 invalid fields.",
                    List.of(new FieldError("ucdpActorId", "is required when ucdpName is not given"),
                            new FieldError("ucdpName", "is required when ucdpActorId is not given")));
        }
        UcdpKey key = new UcdpKey(ucdpActorId, ucdpName);
        UUID actorId = new UcdpKeyResolution(keys.findHolders(
                ucdpActorId == null ? List.of() : List.of(ucdpActorId),
                ucdpName == null ? List.of() : List.of(ucdpName), List.of())).find(key);
        if (actorId == null) {
            throw new ProblemException(404, ProblemType.NOT_FOUND, "Not found", "No actor has the UCDP " + describe(key) + ".",
                    List.of());
        }
        return actors.get(actorId);
    }

    /**
     * Resolves each item to its actor, creating the missing ones, in one transaction; answers in
     * request order. Must not be called inside a transaction: each attempt is one of its own.
     */
    public ActorBulkResult resolveOrCreate(List<ActorBulkItem> items) {
        String user = currentUser.name();
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> resolveOrCreateOnce(items, user));
            } catch (RuntimeException e) {
                if (!isClash(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    LOG.warnf("Bulk resolve of %d actors clashed with concurrent writes %d times; giving up", items.size(), attempt);
                    throw ProblemException.conflict("Other writes of the same UCDP keys kept clashing with this request;"
                            + " send it again.");
                }
                LOG.debugf("Bulk resolve of %d actors clashed with a concurrent write (attempt %d); resolving again",
                        items.size(), attempt);
            }
        }
    }

    private ActorBulkResult resolveOrCreateOnce(List<ActorBulkItem> items, String user) {
        Set<Integer> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> wikidata = new LinkedHashSet<>();
        for (ActorBulkItem item : items) {
            if (item.key().ucdpActorId() != null) {
                ids.add(item.key().ucdpActorId());
            }
            if (item.key().ucdpName() != null) {
                names.add(item.key().ucdpName());
            }
            ExternalIds external = item.actor().externalIds();
            if (external != null && external.wikidata() != null) {
                wikidata.add(external.wikidata());
            }
        }
        UcdpKeyResolution resolution = new UcdpKeyResolution(keys.findHolders(ids, names, wikidata));
        List<ActorBulkItemResult> results = new ArrayList<>(items.size());
        int created = 0;
        for (int i = 0; i < items.size(); i++) {
            ActorBulkItem item = items.get(i);
            Actor template = new Actor();
            template.id = Ids.newId();
            mapper.apply(item.actor(), template);
            ActorBulkItemResult result = resolution.resolveOrCreate(i, item.key(), template);
            created += result.status() == ActorBulkStatus.CREATED ? 1 : 0;
            results.add(result);
        }
        List<FieldError> clashes = resolution.wikidataClashes();
        if (!clashes.isEmpty()) {
            throw new ProblemException(409, ProblemType.CONFLICT, "Conflict", clashes.size() == 1
                    ? "1 actor to create has a Wikidata id another actor has."
                    : clashes.size() + " actors to create have a Wikidata id another actor has.", clashes);
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // In one order of keys for every import, so that imports of overlapping batches wait for each
        // other instead of deadlocking.
        List<Actor> toCreate = resolution.toCreate().stream().sorted(KEY_ORDER).toList();
        Set<UUID> inserted = keys.insertIfAbsent(toCreate, user, now);
        if (inserted.size() < toCreate.size()) {
            throw new LostRace();
        }
        keys.recordKeys(resolution.keysToRecord(), user, now);
        LOG.debugf("Bulk resolve of %d actors: %d created", items.size(), created);
        return new ActorBulkResult(created, items.size() - created, results);
    }

    /** A write of the same keys by a concurrent transaction, which resolving again will see. */
    private static boolean isClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LostRace || t instanceof SQLException sql && CLASHES.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String describe(UcdpKey key) {
        List<String> parts = new ArrayList<>();
        if (key.ucdpActorId() != null) {
            parts.add("id " + key.ucdpActorId());
        }
        if (key.ucdpName() != null) {
            parts.add("name \"" + key.ucdpName() + "\"");
        }
        return String.join(" or ", parts);
    }

    /** An actor of the batch was not inserted: a concurrent transaction stored one of its keys first. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super("A concurrent transaction stored a key of this batch first", null, false, false);
        }
    }
}
