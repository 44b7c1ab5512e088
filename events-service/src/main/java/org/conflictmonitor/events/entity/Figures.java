package org.conflictmonitor.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.Side;

/** What a claim says was suffered on one side. */
@Embeddable
public class Figures {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    public Integer killed;

    public Integer injured;

    protected Figures() {
    }

    public Figures(Side side, Integer killed, Integer injured) {
        this.side = side;
        this.killed = killed;
        this.injured = injured;
    }
}
