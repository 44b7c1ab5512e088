package org.conflictmonitor.events.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.Side;

/** Killed and injured on one side of an event. */
@Embeddable
public class SideCount {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "killed_low")),
            @AttributeOverride(name = "best", column = @Column(name = "killed_best")),
            @AttributeOverride(name = "high", column = @Column(name = "killed_high")) })
    public Count killed = new Count();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "low", column = @Column(name = "injured_low")),
            @AttributeOverride(name = "best", column = @Column(name = "injured_best")),
            @AttributeOverride(name = "high", column = @Column(name = "injured_high")) })
    public Count injured = new Count();
}
