package org.conflictmonitor.gateway.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import org.conflictmonitor.events.api.DisorderType;
import org.conflictmonitor.events.api.EventFilter;
import org.conflictmonitor.events.api.EventStatus;
import org.conflictmonitor.events.api.EventType;
import org.conflictmonitor.events.api.SubEventType;

@Input("EventFilter")
@Description("Filters of an event query or statistics; all that are given must hold.")
public record EventFilterInput(
        @Description("Keep events that overlap the period starting on this day.") LocalDate from,
        @Description("Keep events that overlap the period ending on this day.") LocalDate to,
        @Description("ISO 3166-1 alpha-3 country, e.g. AZE.") String country,
        @Description("First-level administrative division, exactly as stored (e.g. Tovuz).") String admin1,
        @Description("The conflict the events belong to.") @Id String conflictId,
        @Description("An actor on either side.") @Id String actorId,
        @Description("ACLED disorder type.") DisorderType disorderType,
        @Description("ACLED event type.") EventType eventType,
        @Description("ACLED sub-event type.") SubEventType subEventType,
        @Description("Bounding box `minLon,minLat,maxLon,maxLat` (WGS 84); events without coordinates are left out.") String bbox,
        @Description("The event UCDP's GED gives this id.") Long ucdpEventId,
        @Description("Keep events whose best estimate of killed is at least this.") Integer minKilled,
        @Description("Words the title or notes contain (English stemming).") String q,
        @Description("Keep events carrying all these tags.") List<String> tags,
        @Description("DRAFT or PUBLISHED; viewers always get PUBLISHED only.") EventStatus status) {

    /** The same filters as the events service takes them. */
    public EventFilter toQuery() {
        EventFilter f = new EventFilter();
        f.from = text(from);
        f.to = text(to);
        f.country = country;
        f.admin1 = admin1;
        f.conflictId = conflictId;
        f.actorId = actorId;
        f.disorderType = text(disorderType);
        f.eventType = text(eventType);
        f.subEventType = text(subEventType);
        f.bbox = bbox;
        f.ucdpEventId = ucdpEventId;
        f.minKilled = minKilled;
        f.q = q;
        f.tag = tags;
        f.status = text(status);
        return f;
    }

    /** No filter at all. */
    public static EventFilter none() {
        return new EventFilter();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
