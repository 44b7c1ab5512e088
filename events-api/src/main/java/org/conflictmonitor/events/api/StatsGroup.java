package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("How statistics are grouped: by DAY, WEEK (ISO, starting Monday), MONTH or YEAR of the start date, by COUNTRY, EVENT_TYPE or ACTOR.")
public enum StatsGroup {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    COUNTRY,
    EVENT_TYPE,
    ACTOR
}
