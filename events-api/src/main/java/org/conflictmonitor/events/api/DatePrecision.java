package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Precision of a date range: DAY, WEEK, MONTH, YEAR.")
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
