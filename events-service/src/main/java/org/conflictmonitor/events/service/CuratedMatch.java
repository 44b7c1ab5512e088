package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.entity.Event;

/**
 * Finds the events curators already made that an imported UCDP event is: same conflict, same first
 * day, and within {@link #MAX_KM} (UCDP's own "within 25 km" precision), or the same first-level
 * division where either lacks coordinates. The first day, not any overlap: UCDP codes fighting that
 * goes on for days as one event a day, and a curated event of 12–13 July is the one that began on
 * the 12th (UCDP event 346644 is the seed clash, 347175 of the 13th is not). Only a match that is one
 * to one counts: two candidates, or one candidate that two imported events would match, link nothing,
 * as a guess would merge two different events.
 */
final class CuratedMatch {

    static final double MAX_KM = 25;
    private static final double EARTH_KM = 6371.0088;

    private CuratedMatch() {
    }

    /** The curated event each imported event is, by the imported event's position among {@code incoming}. */
    static Map<Integer, Event> find(List<Event> curated, List<EventRequest> incoming) {
        Map<Event, Integer> claimedBy = new HashMap<>();
        Set<Event> contested = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            EventRequest r = incoming.get(i);
            List<Event> matching = new ArrayList<>();
            for (Event e : curated) {
                if (same(r, e)) {
                    matching.add(e);
                }
            }
            if (matching.size() == 1) {
                Event e = matching.get(0);
                if (claimedBy.putIfAbsent(e, i) != null) {
                    contested.add(e);
                }
            }
        }
        Map<Integer, Event> links = new HashMap<>();
        claimedBy.forEach((event, i) -> {
            if (!contested.contains(event)) {
                links.put(i, event);
            }
        });
        return links;
    }

    static boolean same(EventRequest r, Event e) {
        if (r.conflictId() == null || !r.conflictId().equals(e.conflictId)) {
            return false;
        }
        if (!r.dateFrom().equals(e.dateFrom)) {
            return false;
        }
        var where = r.location();
        if (where.latitude() != null && where.longitude() != null && e.latitude != null && e.longitude != null) {
            return km(where.latitude(), where.longitude(), e.latitude, e.longitude) <= MAX_KM;
        }
        return where.country().equals(e.country) && where.admin1() != null && where.admin1().equalsIgnoreCase(Objects.toString(e.admin1, ""));
    }

    /** Great-circle distance (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }
}
