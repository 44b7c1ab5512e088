package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How badly the injured were hurt, where the source says: LIGHT (e.g. \"sustained light wounds\"), SERIOUS.")
@Description("How badly the injured were hurt, where the source says: LIGHT (e.g. \"sustained light wounds\"), SERIOUS.")
public enum InjurySeverity {
    LIGHT,
    SERIOUS
}
