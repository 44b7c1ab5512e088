package org.conflictmonitor.events.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT (curators only), PUBLISHED (everyone), RETRACTED (curators only; kept for the record).")
@Description("DRAFT (curators only), PUBLISHED (everyone), RETRACTED (curators only; kept for the record).")
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    RETRACTED
}
