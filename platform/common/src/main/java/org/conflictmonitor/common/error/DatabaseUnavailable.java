package org.conflictmonitor.common.error;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether a failure means the database is away (down, restarting, refusing connections, or every
 * connection of the pool taken) rather than a fault of the request or of the code: such a request
 * may succeed when sent again shortly, so it is answered 503, not 500.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** The SQL failure in the cause chain that says the database is away, if there is one. */
    public static Optional<SQLException> causeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's own: the pool waited its acquisition timeout for a connection.
            return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
        }
        return state.startsWith("08") // connection exception: refused, lost
                || state.startsWith("57P") // operator intervention: shut down, crashed, cannot connect now
                || state.equals("53300") // too many connections
                || state.equals("55000"); // the database does not accept connections (ALLOW_CONNECTIONS false)
    }
}
