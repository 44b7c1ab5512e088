package org.conflictmonitor.events.repository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.conflictmonitor.common.error.ProblemException;
import org.conflictmonitor.common.paging.KeysetCursor;
import org.conflictmonitor.events.entity.Event;

/** Where an event sits in the list's order (newest first): its start day, then its id. */
public record EventKey(LocalDate dateFrom, UUID id) {

    /** The key a cursor of the event list holds, or a 400 naming {@code parameter} when it is not such a cursor. */
    public static EventKey of(String cursor, String parameter) {
        List<String> keys = KeysetCursor.decode(cursor, 2, parameter);
        try {
            return new EventKey(LocalDate.parse(keys.get(0)), KeysetCursor.uuid(keys.get(1), parameter));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "is not a cursor that this list returned; start again without one");
        }
    }

    /** The keys of an event's cursor. */
    public static String[] keysOf(Event event) {
        return new String[] { event.dateFrom.toString(), event.id.toString() };
    }
}
