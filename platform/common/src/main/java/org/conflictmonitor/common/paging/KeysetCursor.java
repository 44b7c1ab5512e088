package org.conflictmonitor.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.common.error.ProblemException;

/**
 * Opaque keyset cursors: the sort key of the last row a page returned, so that the next page
 * starts right after it however many rows were inserted or deleted in between.
 */
public final class KeysetCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> PARTS = new TypeReference<>() {
    };

    private KeysetCursor() {
    }

    public static String encode(String... keys) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(List.of(keys)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys of a cursor this service issued, or a 400 naming the {@code cursor} parameter. */
    public static List<String> decode(String cursor, int keyCount) {
        return decode(cursor, keyCount, "cursor");
    }

    /** The keys of a cursor this service issued, or a 400 naming the parameter it came in. */
    public static List<String> decode(String cursor, int keyCount, String parameter) {
        try {
            List<String> keys = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), PARTS);
            if (keys.size() != keyCount || keys.contains(null)) {
                throw notOurs(parameter);
            }
            return keys;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw notOurs(parameter);
        }
    }

    /** A UUID key of a cursor, or the same 400 as for any cursor that is not ours. */
    public static java.util.UUID uuid(String key) {
        return uuid(key, "cursor");
    }

    /** A UUID key of a cursor, or the same 400 as for any cursor that is not ours, naming the parameter. */
    public static java.util.UUID uuid(String key, String parameter) {
        try {
            return java.util.UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw notOurs(parameter);
        }
    }

    private static ProblemException notOurs(String parameter) {
        return ProblemException.invalid(parameter, "is not a cursor that this list returned; start again without one");
    }
}
