package org.conflictmonitor.actors.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.conflictmonitor.actors.api.ActorBulkItemResult;
import org.conflictmonitor.actors.api.ActorBulkStatus;
import org.conflictmonitor.actors.api.UcdpKey;
import org.conflictmonitor.actors.entity.Actor;
import org.conflictmonitor.actors.repository.UcdpKeyRepository.KeyHolder;
import org.conflictmonitor.actors.repository.UcdpKeyRepository.KeysToRecord;
import org.conflictmonitor.api.problem.FieldError;

/**
 * The rules by which UCDP keys resolve to actors, applied in memory to the rows that hold the keys
 * of one request, item by item in request order, as if each item were sent alone:
 * <ol>
 * <li>A key with a UCDP actor id finds the row with that id.</li>
 * <li>Failing that, a key that also has a name finds the row with that name, if that row has no
 * UCDP id yet (the same UCDP actor met first in a file without ids).</li>
 * <li>A key with only a name finds the row with that exact name.</li>
 * <li>A key found nowhere is a new actor, with the key's id and name (the name only if no other
 * actor has it).</li>
 * </ol>
 * Whatever a found row lacks of an item's key (its UCDP name, or its id in rule 2) is recorded on it.
 * A row that is a merged duplicate answers with its survivor.
 */
final class UcdpKeyResolution {

    /** A row that holds UCDP keys: stored already, or to be created by this request. */
    private static final class Holder {
        final UUID rowId;
        final UUID actorId;
        Integer ucdpActorId;
        String ucdpName;
        /** Not null for an actor this request creates. */
        final Actor created;
        Integer idToRecord;
        String nameToRecord;

        Holder(UUID rowId, UUID actorId, Integer ucdpActorId, String ucdpName, Actor created) {
            this.rowId = rowId;
            this.actorId = actorId;
            this.ucdpActorId = ucdpActorId;
            this.ucdpName = ucdpName;
            this.created = created;
        }
    }

    private final Map<Integer, Holder> byId = new HashMap<>();
    private final Map<String, Holder> byName = new HashMap<>();
    private final Map<String, String> wikidataOwners = new HashMap<>();
    private final Map<UUID, Holder> toRecord = new LinkedHashMap<>();
    private final List<Actor> toCreate = new ArrayList<>();
    private final List<FieldError> clashes = new ArrayList<>();

    UcdpKeyResolution(List<KeyHolder> rows) {
        for (KeyHolder row : rows) {
            Holder holder = new Holder(row.id(), row.actorId(), row.ucdpActorId(), row.ucdpName(), null);
            if (row.ucdpActorId() != null) {
                byId.put(row.ucdpActorId(), holder);
            }
            if (row.ucdpName() != null) {
                byName.put(row.ucdpName(), holder);
            }
            if (row.wikidataId() != null) {
                wikidataOwners.put(row.wikidataId(), "another actor");
            }
        }
    }

    /** The actor this key means, or null if none: rules 1 to 3, nothing recorded. */
    UUID find(UcdpKey key) {
        Holder holder = holderOf(key);
        return holder == null ? null : holder.actorId;
    }

    /**
     * Resolves one item, creating its actor (from {@code template}, which carries everything but the
     * UCDP keys) if no row has its key.
     */
    ActorBulkItemResult resolveOrCreate(int index, UcdpKey key, Actor template) {
        Holder holder = holderOf(key);
        if (holder != null) {
            record(holder, key);
            return new ActorBulkItemResult(index, holder.actorId, ActorBulkStatus.EXISTING);
        }
        Actor actor = template;
        actor.ucdpActorId = key.ucdpActorId();
        actor.ucdpName = key.ucdpName() != null && !byName.containsKey(key.ucdpName()) ? key.ucdpName() : null;
        if (actor.wikidataId != null) {
            String owner = wikidataOwners.putIfAbsent(actor.wikidataId, "actors[" + index + "]");
            if (owner != null) {
                clashes.add(new FieldError("actors[" + index + "].actor.externalIds.wikidata",
                        "is already the Wikidata id of " + owner));
            }
        }
        holder = new Holder(actor.id, actor.id, actor.ucdpActorId, actor.ucdpName, actor);
        if (holder.ucdpActorId != null) {
            byId.put(holder.ucdpActorId, holder);
        }
        if (holder.ucdpName != null) {
            byName.put(holder.ucdpName, holder);
        }
        toCreate.add(actor);
        return new ActorBulkItemResult(index, actor.id, ActorBulkStatus.CREATED);
    }

    private Holder holderOf(UcdpKey key) {
        if (key.ucdpActorId() == null) {
            return byName.get(key.ucdpName());
        }
        Holder holder = byId.get(key.ucdpActorId());
        if (holder == null && key.ucdpName() != null) {
            Holder named = byName.get(key.ucdpName());
            if (named != null && named.ucdpActorId == null) {
                holder = named;
            }
        }
        return holder;
    }

    /** Gives the found row what it lacks of the key: its id (rule 2) or its name, if that is free. */
    private void record(Holder holder, UcdpKey key) {
        if (key.ucdpActorId() != null && holder.ucdpActorId == null) {
            holder.ucdpActorId = key.ucdpActorId();
            byId.put(key.ucdpActorId(), holder);
            if (holder.created != null) {
                holder.created.ucdpActorId = key.ucdpActorId();
            } else {
                holder.idToRecord = key.ucdpActorId();
                toRecord.put(holder.rowId, holder);
            }
        }
        if (key.ucdpName() != null && holder.ucdpName == null && !byName.containsKey(key.ucdpName())) {
            holder.ucdpName = key.ucdpName();
            byName.put(key.ucdpName(), holder);
            if (holder.created != null) {
                holder.created.ucdpName = key.ucdpName();
            } else {
                holder.nameToRecord = key.ucdpName();
                toRecord.put(holder.rowId, holder);
            }
        }
    }

    /** The actors to insert. */
    List<Actor> toCreate() {
        return toCreate;
    }

    /** The keys to record on stored rows. */
    List<KeysToRecord> keysToRecord() {
        return toRecord.values().stream().map(h -> new KeysToRecord(h.rowId, h.idToRecord, h.nameToRecord)).toList();
    }

    /** Actors to create whose Wikidata id another actor has, stored or created earlier in the request. */
    List<FieldError> wikidataClashes() {
        return clashes;
    }
}
