package org.conflictmonitor.events.mapping;

import static org.conflictmonitor.api.text.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictParty;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictType;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.api.TimelineEntry;
import org.conflictmonitor.events.entity.Background;
import org.conflictmonitor.events.entity.Conflict;
import org.conflictmonitor.events.entity.Party;

@ApplicationScoped
public class ConflictMapper {

    public ConflictDto toDto(Conflict c) {
        return new ConflictDto(c.id, c.name, c.type, c.startDate, c.endDate, c.description,
                c.parties.stream().map(p -> new ConflictParty(p.actorId, p.side.name())).toList(),
                c.timeline.stream().map(t -> new TimelineEntry(t.dateFrom, t.dateTo, t.precision.name(), t.title, t.description)).toList(),
                c.ucdpConflictId, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy, c.version);
    }

    public void apply(ConflictRequest r, Conflict c) {
        c.name = r.name().strip();
        c.type = ConflictType.valueOf(r.type());
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.description = blankToNull(r.description());
        c.ucdpConflictId = r.ucdpConflictId();
        c.parties.clear();
        if (r.parties() != null) {
            r.parties().stream().map(p -> new Party(p.actorId(), Side.valueOf(p.side()))).forEach(c.parties::add);
        }
        c.timeline.clear();
        if (r.timeline() != null) {
            r.timeline().stream()
                    .sorted(java.util.Comparator.comparing(TimelineEntry::dateFrom))
                    .forEach(t -> {
                        Background b = new Background();
                        b.dateFrom = t.dateFrom();
                        b.dateTo = t.dateTo();
                        b.precision = DatePrecision.valueOf(t.precision());
                        b.title = t.title().strip();
                        b.description = t.description();
                        c.timeline.add(b);
                    });
        }
    }
}
