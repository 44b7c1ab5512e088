package org.conflictmonitor.events.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.SubEventType;

/**
 * The parsed filters of an event query; null or empty means "any".
 *
 * @param bbox min longitude, min latitude, max longitude, max latitude
 * @param statuses the statuses the caller may and wants to see
 */
public record EventCriteria(LocalDate from, LocalDate to, String country, String admin1, UUID conflictId, UUID actorId,
        DisorderType disorderType, EventType eventType, SubEventType subEventType, Long ucdpEventId, String ucdpVersion, double[] bbox, Integer minKilled, String text,
        List<String> tags, List<EventStatus> statuses) {
}
