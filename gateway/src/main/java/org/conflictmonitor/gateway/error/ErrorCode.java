package org.conflictmonitor.gateway.error;

/** The `extensions.code` of every error the gateway reports, as front ends switch on them. */
public enum ErrorCode {
    /** The input is invalid; `extensions.invalidFields` names each field and what is wrong with it. */
    BAD_USER_INPUT,
    /** The token is missing, expired or not from the platform's realm. */
    UNAUTHENTICATED,
    /** The caller's roles do not allow the operation. */
    FORBIDDEN,
    /** The thing addressed does not exist (or the caller may not see it). */
    NOT_FOUND,
    /** Someone changed the thing meanwhile (stale version) or a unique value is taken. */
    CONFLICT,
    /** The service named in `extensions.service` did not answer in time; the rest of the answer stands. */
    SERVICE_UNAVAILABLE,
    /** The request is too large for the service. */
    PAYLOAD_TOO_LARGE
}
