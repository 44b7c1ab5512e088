package org.conflictmonitor.common.error;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line when the database goes away and one when it is back, whatever the number of requests
 * refused meanwhile: an outage leaves a clear trace, not a stack trace per request.
 */
@ApplicationScoped
public class DatabaseOutageLog {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageLog.class);

    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** A request was refused because the database is away. */
    public void unavailable(SQLException cause) {
        if (since.compareAndSet(null, Instant.now())) {
            LOG.warnf("The database is unavailable (%s, SQL state %s); requests that need it are answered 503 until it is back",
                    cause.getMessage(), cause.getSQLState());
        } else {
            LOG.debugf("The database is still unavailable: %s", cause.getMessage());
        }
    }

    /**
     * A successful response: whatever the request needed was there, so an outage under way is over. (A
     * 4xx may never have reached the database, as a refused token does not.)
     */
    @ServerResponseFilter
    public void served(ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            return;
        }
        Instant start = since.get();
        if (start != null && since.compareAndSet(start, null)) {
            LOG.infof("The database is back: requests are served again after %d s unavailable",
                    Duration.between(start, Instant.now()).toSeconds());
        }
    }
}
