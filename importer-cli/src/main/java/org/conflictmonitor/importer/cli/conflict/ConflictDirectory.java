package org.conflictmonitor.importer.cli.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.api.paging.PageLimits;
import org.conflictmonitor.events.api.ConflictBulkRequest;
import org.conflictmonitor.events.api.ConflictBulkResult;
import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictFilter;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictType;
import org.conflictmonitor.events.api.ConflictUpsertResult;
import org.conflictmonitor.importer.cli.client.ConflictsClient;
import org.conflictmonitor.importer.ucdp.GedEvent;

/**
 * The conflicts of GED events in events-service. An event with UCDP's conflict id gets that conflict,
 * created from the event's conflict name and type of violence if the ACD import has not brought it;
 * a stored conflict only learns UCDP's name if it lacks it. An event with a conflict name only (the
 * 176k extract) gets the conflict whose UCDP name that is, if exactly one has it.
 */
public final class ConflictDirectory {

    private final ConflictsClient conflicts;
    private final Map<Integer, Known> byUcdpId = new HashMap<>();
    private final Map<String, List<UUID>> byUcdpName = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    private record Known(UUID id, String name, ConflictType type, String ucdpName) {
    }

    public ConflictDirectory(ConflictsClient conflicts) {
        this.conflicts = conflicts;
    }

    /** Reads every stored conflict once: there are hundreds, not millions. */
    public void load() {
        String cursor = null;
        do {
            Page<ConflictDto> page = conflicts.list(new ConflictFilter(), cursor, null, PageLimits.MAX);
            page.items().forEach(this::remember);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    /** Creates the conflicts of the events' UCDP ids that are not stored yet, and names the stored ones that have no UCDP name. */
    public void resolve(List<GedEvent> events) {
        Map<Integer, ConflictRequest> upserts = new LinkedHashMap<>();
        Set<String> batchNames = new HashSet<>();
        for (GedEvent e : events) {
            Integer ucdpId = e.conflictNewId();
            if (ucdpId == null || upserts.containsKey(ucdpId)) {
                continue;
            }
            Known known = byUcdpId.get(ucdpId);
            if (known == null) {
                String name = uniqueName(e.conflictName() == null ? "UCDP conflict " + ucdpId : e.conflictName(), ucdpId, batchNames);
                upserts.put(ucdpId, request(name, typeOf(e), ucdpId, e.conflictName()));
            } else if (known.ucdpName() == null && e.conflictName() != null) {
                upserts.put(ucdpId, request(known.name(), known.type(), ucdpId, e.conflictName()));
            }
        }
        List<ConflictRequest> all = new ArrayList<>(upserts.values());
        for (int from = 0; from < all.size(); from += ConflictBulkRequest.MAX_CONFLICTS) {
            List<ConflictRequest> chunk = all.subList(from, Math.min(all.size(), from + ConflictBulkRequest.MAX_CONFLICTS));
            ConflictBulkResult result = conflicts.bulk(new ConflictBulkRequest(chunk));
            for (ConflictUpsertResult r : result.results()) {
                ConflictRequest sent = chunk.get(r.index());
                Known before = byUcdpId.get(r.ucdpConflictId());
                remember(new Known(r.id(), before == null ? sent.name() : before.name(), ConflictType.valueOf(sent.type()), sent.ucdpName()),
                        r.ucdpConflictId());
            }
        }
    }

    /** The event's conflict: by UCDP id where the file has it, else by a UCDP name only one conflict has. */
    public UUID id(GedEvent e) {
        if (e.conflictNewId() != null) {
            Known known = byUcdpId.get(e.conflictNewId());
            return known == null ? null : known.id();
        }
        List<UUID> named = e.conflictName() == null ? null : byUcdpName.get(e.conflictName());
        return named != null && named.size() == 1 ? named.get(0) : null;
    }

    private void remember(ConflictDto c) {
        names.add(c.name().toLowerCase(Locale.ROOT));
        if (c.ucdpConflictId() != null) {
            remember(new Known(c.id(), c.name(), c.type(), c.ucdpName()), c.ucdpConflictId());
        } else if (c.ucdpName() != null) {
            byUcdpName.computeIfAbsent(c.ucdpName(), n -> new ArrayList<>()).add(c.id());
        }
    }

    private void remember(Known known, int ucdpId) {
        Known before = byUcdpId.put(ucdpId, known);
        names.add(known.name().toLowerCase(Locale.ROOT));
        if (before != null && before.ucdpName() != null) {
            byUcdpName.getOrDefault(before.ucdpName(), new ArrayList<>()).remove(before.id());
        }
        if (known.ucdpName() != null) {
            List<UUID> ids = byUcdpName.computeIfAbsent(known.ucdpName(), n -> new ArrayList<>());
            if (!ids.contains(known.id())) {
                ids.add(known.id());
            }
        }
    }

    /** Conflict names are unique; UCDP's are not quite (two conflicts may share a territory's name). */
    public String uniqueName(String name, int ucdpId, Set<String> batchNames) {
        String candidate = name.length() <= 280 ? name : name.substring(0, 279) + "…";
        if (names.contains(candidate.toLowerCase(Locale.ROOT)) || !batchNames.add(candidate.toLowerCase(Locale.ROOT))) {
            candidate = candidate + " (UCDP " + ucdpId + ")";
            batchNames.add(candidate.toLowerCase(Locale.ROOT));
        }
        return candidate;
    }

    private static ConflictType typeOf(GedEvent e) {
        return switch (e.typeOfViolence()) {
            case 2 -> ConflictType.NON_STATE;
            case 3 -> ConflictType.ONE_SIDED;
            default -> ConflictType.STATE_BASED;
        };
    }

    private static ConflictRequest request(String name, ConflictType type, int ucdpId, String ucdpName) {
        return new ConflictRequest(name, type.name(), null, null, null, null, null, ucdpId, ucdpName, null, null, null, null, null);
    }
}
