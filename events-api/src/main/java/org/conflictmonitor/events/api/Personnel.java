package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of people a figure counts within its group: MILITARY (servicemen), POLICE_SECURITY (police and other security forces), CIVILIAN.")
public enum Personnel {
    MILITARY,
    POLICE_SECURITY,
    CIVILIAN
}
