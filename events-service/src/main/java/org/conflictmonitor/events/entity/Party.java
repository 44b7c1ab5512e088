package org.conflictmonitor.events.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.Side;

/** An actor that is a party to a conflict. */
@Embeddable
public class Party {

    @Column(name = "actor_id", nullable = false)
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    protected Party() {
    }

    public Party(UUID actorId, Side side) {
        this.actorId = actorId;
        this.side = side;
    }
}
