package org.conflictmonitor.events.entity;

import jakarta.persistence.Embeddable;

/** A count estimated as low ≤ best ≤ high; column names come from the embedding attribute. */
@Embeddable
public class Count {

    public Integer low;
    public Integer best;
    public Integer high;

    public Count() {
    }

    public Count(Integer low, Integer best, Integer high) {
        this.low = low;
        this.best = best;
        this.high = high;
    }
}
