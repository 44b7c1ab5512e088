package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Precision of a date range: DAY, WEEK, MONTH, YEAR.")
@Description("Precision of a date range: DAY, WEEK, MONTH, YEAR.")
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
