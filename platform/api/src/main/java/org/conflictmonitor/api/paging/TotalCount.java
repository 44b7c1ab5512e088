package org.conflictmonitor.api.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/**
 * How many items a list's filters match, counted up to a bound: counting a million filtered rows on
 * every list page would cost more than the page itself, so beyond the bound the database's own
 * estimate answers and says it is one.
 */
@Description("How many items the filters match: counted exactly up to a bound, estimated from the database's statistics beyond it (`exact` says which).")
@Type("TotalCount")
public record TotalCount(
        @Description("The number of items; an estimate when `exact` is false, and then more than the bound.") int value,
        @Description("True when `value` was counted, false when it is an estimate.") boolean exact) {

    /** The most items a count counts one by one; beyond it, the estimate. */
    public static final int MAX_EXACT = 10_000;
}
