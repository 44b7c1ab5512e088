package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("How badly the injured were hurt, where the source says: LIGHT (e.g. \"sustained light wounds\"), SERIOUS.")
public enum InjurySeverity {
    LIGHT,
    SERIOUS
}
