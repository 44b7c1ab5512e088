package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * How many battle-related deaths a conflict has caused. For a year (ACD {@code intensity_level}):
 * MINOR is code 1, WAR code 2. Since the conflict began (ACD {@code cumulative_intensity}): MINOR
 * is code 0, WAR code 1.
 */
@Description("Battle-related deaths. In a year (UCDP intensity_level): MINOR 25–999 (code 1), WAR 1,000 or more (code 2). Since the conflict began (UCDP cumulative_intensity): MINOR under 1,000 so far (code 0), WAR 1,000 or more (code 1).")
public enum IntensityLevel {
    MINOR,
    WAR
}
