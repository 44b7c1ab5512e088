package org.conflictmonitor.events.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.conflictmonitor.api.validation.OneOf;

@Description("A new status for an event (publishing a draft, retracting), with the version of the event it was decided on.")
@Input("StatusChangeInput")
public record StatusChange(
        @Description("The new status.") @Schema(implementation = EventStatus.class, description = "The new status.") @NotNull @OneOf(EventStatus.class) String status,
        @Description("The version of the event you read: a stale one is refused, so that no one publishes what they did not see.") @NotNull Integer version) {
}
