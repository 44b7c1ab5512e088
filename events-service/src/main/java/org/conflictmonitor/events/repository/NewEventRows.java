package org.conflictmonitor.events.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.conflictmonitor.common.persistence.CopyRows;
import org.conflictmonitor.events.entity.Casualty;
import org.conflictmonitor.events.entity.Claim;
import org.conflictmonitor.events.entity.Count;
import org.conflictmonitor.events.entity.Event;
import org.conflictmonitor.events.entity.Link;
import org.conflictmonitor.events.entity.Participant;
import org.conflictmonitor.events.entity.UcdpColumns;

/**
 * Writes new events, with their actors, casualties, links and claims, by COPY in the current
 * transaction: for imports, where Hibernate's persist and flush of each row was most of the cost.
 * The entities must be complete (ids, audit columns, version) and are not managed afterwards.
 */
@ApplicationScoped
public class NewEventRows {

    /** JSON columns as Hibernate reads them back: its own plain mapper, not the REST layer's. */
    private static final ObjectMapper STORED_JSON = new ObjectMapper().findAndRegisterModules();

    /** The columns of event and claim casualties alike, after the owner's id column. */
    private static final String CASUALTIES = "%s, casualty_group, personnel, killed_low, killed_best, killed_high,"
            + " injured_low, injured_best, injured_high, injury_severity)";

    private final EntityManager em;

    public NewEventRows(EntityManager em) {
        this.em = em;
    }

    public void insert(List<Event> events, List<Claim> claims) {
        if (events.isEmpty() && claims.isEmpty()) {
            return;
        }
        CopyRows eventRows = new CopyRows();
        CopyRows actorRows = new CopyRows();
        CopyRows casualtyRows = new CopyRows();
        CopyRows linkRows = new CopyRows();
        for (Event e : events) {
            event(eventRows, e);
            for (Participant p : e.actors) {
                actorRows.add(e.id).add(p.actorId).add(p.side).add(p.role).end();
            }
            for (Casualty c : e.casualties) {
                casualty(casualtyRows.add(e.id), c);
            }
            for (Link l : e.links) {
                linkRows.add(e.id).add(l.type).add(l.targetId).end();
            }
        }
        CopyRows claimRows = new CopyRows();
        CopyRows figureRows = new CopyRows();
        for (Claim c : claims) {
            claimRows.add(c.id).add(c.eventId).add(c.articleId).add(c.claimantActorId).add(c.importKey).add(c.summary).add(c.quote)
                    .add(c.initiatorActorId).add(c.subEventType).add(c.credibility)
                    .add(c.createdAt).add(c.createdBy).add(c.updatedAt).add(c.updatedBy).add(c.version).end();
            for (Casualty f : c.figures) {
                casualty(figureRows.add(c.id), f);
            }
        }
        em.unwrap(Session.class).doWork(connection -> {
            // Parents before children: the foreign keys are checked row by row.
            eventRows.copyInto(connection, "event (id, code, conflict_id, date_from, date_to, date_precision, disorder_type, event_type,"
                    + " sub_event_type, title, notes, country, admin1, admin2, place, latitude, longitude, location_precision,"
                    + " killed_low, killed_best, killed_high, injured_low, injured_best, injured_high, civilian_targeting, tags, status,"
                    + " ucdp_event_id, ucdp_relid, ucdp_violence_type, ucdp_date_prec, ucdp_where_prec, ucdp_version, ucdp_anomalies,"
                    + " ucdp_attributes, ucdp_imported, created_at, created_by, updated_at, updated_by, version)");
            actorRows.copyInto(connection, "event_actor (event_id, actor_id, side, role)");
            casualtyRows.copyInto(connection, CASUALTIES.formatted("event_casualties (event_id"));
            linkRows.copyInto(connection, "event_link (event_id, type, target_id)");
            claimRows.copyInto(connection, "claim (id, event_id, article_id, claimant_actor_id, import_key, summary, quote,"
                    + " initiator_actor_id, sub_event_type, credibility, created_at, created_by, updated_at, updated_by, version)");
            figureRows.copyInto(connection, CASUALTIES.formatted("claim_casualties (claim_id"));
        });
    }

    private static void event(CopyRows row, Event e) {
        row.add(e.id).add(e.code).add(e.conflictId).add(e.dateFrom).add(e.dateTo).add(e.datePrecision).add(e.disorderType)
                .add(e.eventType).add(e.subEventType).add(e.title).add(e.notes).add(e.country).add(e.admin1).add(e.admin2).add(e.place)
                .add(e.latitude).add(e.longitude).add(e.locationPrecision);
        count(row, e.killed);
        count(row, e.injured);
        row.add(e.civilianTargeting).add(e.tags).add(e.status);
        UcdpColumns u = e.ucdp;
        if (u == null) {
            row.add(null).add(null).add(null).add(null).add(null).add(null).add(null).add(null).add(null);
        } else {
            row.add(u.eventId).add(u.relid).add(u.violenceType).add(u.datePrecision).add(u.locationPrecision).add(u.version).add(u.anomalies)
                    .addUtf8(json(u.attributes)).addUtf8(json(u.imported));
        }
        row.add(e.createdAt).add(e.createdBy).add(e.updatedAt).add(e.updatedBy).add(e.version).end();
    }

    private static void casualty(CopyRows row, Casualty c) {
        row.add(c.group).add(c.personnel);
        count(row, c.killed);
        count(row, c.injured);
        row.add(c.injurySeverity).end();
    }

    private static void count(CopyRows row, Count c) {
        if (c == null) {
            row.add(null).add(null).add(null);
        } else {
            row.add(c.low).add(c.best).add(c.high);
        }
    }

    private static byte[] json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return STORED_JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column could not be written", e);
        }
    }
}
