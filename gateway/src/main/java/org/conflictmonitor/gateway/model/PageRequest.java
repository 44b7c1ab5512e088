package org.conflictmonitor.gateway.model;

/**
 * Which way and how far a client asked a connection to page: forward after a cursor (or from the
 * top without one), or backward before one.
 *
 * @param cursor `after` paging forward, `before` paging backward
 */
public record PageRequest(boolean backward, int size, String cursor) {

    /** The cursor to read the items after, or null. */
    public String after() {
        return backward ? null : cursor;
    }

    /** The cursor to read the items before, or null. */
    public String before() {
        return backward ? cursor : null;
    }
}
