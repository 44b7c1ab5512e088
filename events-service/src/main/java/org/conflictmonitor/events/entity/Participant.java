package org.conflictmonitor.events.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.ActorRole;
import org.conflictmonitor.events.api.Side;

/** An actor on one side of an event. */
@Embeddable
public class Participant {

    @Column(name = "actor_id", nullable = false)
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorRole role;

    protected Participant() {
    }

    public Participant(UUID actorId, Side side, ActorRole role) {
        this.actorId = actorId;
        this.side = side;
        this.role = role;
    }
}
