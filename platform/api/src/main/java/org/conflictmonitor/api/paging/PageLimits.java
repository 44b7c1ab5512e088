package org.conflictmonitor.api.paging;

/**
 * The page sizes every list endpoint accepts.
 */
public final class PageLimits {

    public static final int DEFAULT = 50;
    public static final int MAX = 500;
    /** The most ids a batch lookup accepts in one call. */
    public static final int MAX_BATCH = 500;

    private PageLimits() {
    }
}
