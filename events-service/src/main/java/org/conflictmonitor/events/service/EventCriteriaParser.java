package org.conflictmonitor.events.service;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.api.validation.UuidString;
import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.SubEventType;
import org.conflictmonitor.events.repository.EventCriteria;

/**
 * Turns the (already format-checked) query parameters into criteria, with the checks that need
 * more than a pattern: real dates, a well-ordered bounding box, the caller's visibility.
 */
@ApplicationScoped
public class EventCriteriaParser {

    private final Visibility visibility;

    public EventCriteriaParser(Visibility visibility) {
        this.visibility = visibility;
    }

    public EventCriteria parse(EventFilter f) {
        LocalDate from = date("from", f.from);
        LocalDate to = date("to", f.to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new EventCriteria(from, to, f.country, blankToNull(f.admin1), UuidString.Parser.parse(f.conflictId),
                UuidString.Parser.parse(f.actorId), f.disorderType == null ? null : DisorderType.valueOf(f.disorderType),
                f.eventType == null ? null : EventType.valueOf(f.eventType),
                f.subEventType == null ? null : SubEventType.valueOf(f.subEventType), f.ucdpEventId, f.ucdpVersion, bbox(f.bbox), f.minKilled,
                blankToNull(f.q), f.tag, visibility.statuses(f.status == null ? null : EventStatus.valueOf(f.status)));
    }

    private static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a real date such as 2020-07-12");
        }
    }

    private static double[] bbox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double[] b = Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw ProblemException.invalid("bbox", "must be minLon,minLat,maxLon,maxLat within -180..180 and -90..90, min before max");
        }
        return b;
    }
}
