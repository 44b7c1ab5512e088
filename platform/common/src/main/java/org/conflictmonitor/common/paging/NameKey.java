package org.conflictmonitor.common.paging;

import java.util.List;
import java.util.UUID;

/**
 * Where an item sits in a list ordered by name: the name as the list compares it (folded), then
 * the id, which breaks ties between equal names.
 */
public record NameKey(String name, UUID id) {

    /** The key a cursor of such a list holds, or a 400 naming {@code parameter} when it is not such a cursor. */
    public static NameKey of(String cursor, String parameter) {
        List<String> keys = KeysetCursor.decode(cursor, 2, parameter);
        return new NameKey(keys.get(0), KeysetCursor.uuid(keys.get(1), parameter));
    }

    /** The keys of an item's cursor. */
    public static String[] keysOf(String name, UUID id) {
        return new String[] { name, id.toString() };
    }
}
