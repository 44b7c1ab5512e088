package org.conflictmonitor.gateway.error;

import java.util.Map;

/** A service did not answer, or not in time: the fields it owns are null, the rest of the answer stands. */
public class ServiceUnavailableError extends GatewayError {

    public ServiceUnavailableError(String service) {
        super(ErrorCode.SERVICE_UNAVAILABLE, service + " is unavailable; the fields it provides are missing from this answer.",
                Map.of("service", service));
    }
}
