package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;

@Description("DRAFT (curators only), PUBLISHED (everyone), RETRACTED (curators only; kept for the record).")
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    RETRACTED
}
