package org.conflictmonitor.events.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.conflictmonitor.events.api.DatePrecision;

/** A dated entry of a conflict's background timeline. */
@Embeddable
public class Background {

    @Column(name = "date_from", nullable = false)
    public LocalDate dateFrom;

    @Column(name = "date_to")
    public LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DatePrecision precision;

    @Column(nullable = false)
    public String title;

    public String description;
}
