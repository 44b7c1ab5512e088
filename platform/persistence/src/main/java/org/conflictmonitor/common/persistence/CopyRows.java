package org.conflictmonitor.common.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, built in memory as UTF-8 and
 * sent in one round trip. For bulk writes of new rows: COPY skips the parsing, planning and
 * per-statement work of INSERTs, which in an import of 176k events cost more than the rows themselves.
 *
 * <p>Each row is its cells in the order of the column list given to {@link #copyInto}, then {@link #end()}.
 */
public final class CopyRows {

    private static final byte[] NULL = { '\\', 'N' };

    private byte[] bytes = new byte[8192];
    private int length;
    private boolean firstCell = true;
    private int rows;

    /** A cell: null, text, a number, a boolean, a UUID, a date or time (ISO 8601), an enum (its name), or a collection or array (a text array). */
    public CopyRows add(Object value) {
        separate();
        if (value == null) {
            write(NULL, 0, NULL.length);
        } else if (value instanceof Collection<?> elements) {
            escape(arrayLiteral(elements).getBytes(UTF_8));
        } else if (value instanceof Object[] elements) {
            escape(arrayLiteral(Arrays.asList(elements)).getBytes(UTF_8));
        } else if (value instanceof Enum<?> constant) {
            escape(constant.name().getBytes(UTF_8));
        } else {
            escape(value.toString().getBytes(UTF_8));
        }
        return this;
    }

    /** A cell given as UTF-8, e.g. JSON as Jackson writes it; null for SQL null. */
    public CopyRows addUtf8(byte[] utf8) {
        if (utf8 == null) {
            return add(null);
        }
        separate();
        escape(utf8);
        return this;
    }

    /** Ends the row. */
    public CopyRows end() {
        ensure(1);
        bytes[length++] = '\n';
        firstCell = true;
        rows++;
        return this;
    }

    /**
     * Copies the rows into {@code table (columns)} on the connection (in its transaction).
     *
     * @param target a table and its column list, e.g. {@code "event_actor (event_id, actor_id, side, role)"}
     */
    public void copyInto(Connection connection, String target) throws SQLException {
        if (rows == 0) {
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
        try {
            copy.writeToCopy(bytes, 0, length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void separate() {
        if (!firstCell) {
            ensure(1);
            bytes[length++] = '\t';
        }
        firstCell = false;
    }

    /**
     * Backslash, tab, newline and carriage return are COPY's own syntax inside a cell. They are ASCII,
     * and UTF-8 never uses ASCII bytes inside a multi-byte character, so escaping works on the bytes.
     */
    private void escape(byte[] value) {
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            byte c = value[i];
            // Printable ASCII and UTF-8's multi-byte bytes (negative as Java bytes) are ruled out in two comparisons.
            if (c == '\\' || c >= 0 && c < ' ' && (c == '\t' || c == '\n' || c == '\r')) {
                write(value, start, i - start);
                ensure(2);
                bytes[length++] = '\\';
                bytes[length++] = switch (c) {
                    case '\t' -> (byte) 't';
                    case '\n' -> (byte) 'n';
                    case '\r' -> (byte) 'r';
                    default -> (byte) '\\';
                };
                start = i + 1;
            }
        }
        write(value, start, value.length - start);
    }

    private void write(byte[] source, int from, int count) {
        ensure(count);
        System.arraycopy(source, from, bytes, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** A PostgreSQL array literal with every element quoted, so commas, braces and spaces stay inside it. */
    static String arrayLiteral(Collection<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (Object element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            if (element == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            String s = element.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
