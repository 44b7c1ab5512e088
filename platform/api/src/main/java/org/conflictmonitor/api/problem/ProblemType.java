package org.conflictmonitor.api.problem;

/**
 * The problem types the services send in {@link Problem#type()}. Clients (the gateway among them)
 * branch on these rather than on titles, which are for people.
 */
public final class ProblemType {

    private static final String BASE = "https://conflict-monitor.org/problems/";

    /** One or more fields of the request are invalid; {@link Problem#errors()} names each. */
    public static final String VALIDATION = BASE + "validation";
    /** The request body is not JSON of the expected shape. */
    public static final String MALFORMED_REQUEST = BASE + "malformed-request";
    /** The addressed resource does not exist. */
    public static final String NOT_FOUND = BASE + "not-found";
    /** The change was made against a stale version, or clashes with existing data. */
    public static final String CONFLICT = BASE + "conflict";
    /** The request is well-formed but refers to things that do not exist or cannot be combined. */
    public static final String UNPROCESSABLE = BASE + "unprocessable";
    /** The request, or a part of it, is larger than the service accepts. */
    public static final String TOO_LARGE = BASE + "too-large";
    /** No valid bearer token was sent. */
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    /** The caller's roles do not allow the operation. */
    public static final String FORBIDDEN = BASE + "forbidden";
    /** Any other error the client caused, identified by its HTTP status. */
    public static final String HTTP = "about:blank";
    /** A service this one depends on did not answer in time; the request may be retried. */
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    /** A fault of the server; the body says nothing more, the logs do. */
    public static final String INTERNAL = BASE + "internal";

    private ProblemType() {
    }
}
