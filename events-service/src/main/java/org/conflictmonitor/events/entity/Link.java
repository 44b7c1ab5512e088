package org.conflictmonitor.events.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.EventLinkType;

/** A link from an event to another. */
@Embeddable
public class Link {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventLinkType type;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    protected Link() {
    }

    public Link(EventLinkType type, UUID targetId) {
        this.type = type;
        this.targetId = targetId;
    }
}
