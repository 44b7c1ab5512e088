package org.conflictmonitor.events.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.InjurySeverity;
import org.conflictmonitor.events.api.Personnel;

/** Killed and injured within one scope (whose losses, which kind of people), of an event or of a claim. */
@Embeddable
public class Casualty {

    @Enumerated(EnumType.STRING)
    @Column(name = "casualty_group", nullable = false)
    public CasualtyGroup group;

    @Enumerated(EnumType.STRING)
    public Personnel personnel;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "injury_severity")
    public InjurySeverity injurySeverity;
}
