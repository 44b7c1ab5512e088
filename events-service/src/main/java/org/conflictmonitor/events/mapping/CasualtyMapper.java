package org.conflictmonitor.events.mapping;

import java.util.Comparator;
import java.util.List;

import org.conflictmonitor.events.api.Casualties;
import org.conflictmonitor.events.api.Casualties.Scope;
import org.conflictmonitor.events.api.CasualtyGroup;
import org.conflictmonitor.events.api.Estimate;
import org.conflictmonitor.events.api.InjurySeverity;
import org.conflictmonitor.events.api.Personnel;
import org.conflictmonitor.events.entity.Casualty;
import org.conflictmonitor.events.entity.Count;

/** Casualty figures between the wire and the database, for events and claims alike. */
final class CasualtyMapper {

    private CasualtyMapper() {
    }

    private static final Comparator<Casualty> SCOPE_ORDER = Comparator.comparing(c -> new Scope(c.group, c.personnel), Scope.ORDER);

    /** The figures in the same order every time, whatever order the database returns them in. */
    static List<Casualties> toDtos(List<Casualty> figures) {
        return figures.stream().sorted(SCOPE_ORDER).map(CasualtyMapper::toDto).toList();
    }

    static void replace(List<Casualty> target, List<Casualties> figures) {
        target.clear();
        if (figures != null) {
            figures.forEach(f -> target.add(toEntity(f)));
        }
    }

    /** An estimate that states nothing reads as null, so silence never looks like a figure. */
    static Estimate estimate(Count c) {
        return c == null || (c.low == null && c.best == null && c.high == null) ? null : new Estimate(c.low, c.best, c.high);
    }

    static Count count(Estimate e) {
        return e == null ? new Count() : new Count(e.low(), e.best(), e.high());
    }

    private static Casualties toDto(Casualty c) {
        return new Casualties(c.group.name(), c.personnel == null ? null : c.personnel.name(), estimate(c.killed), estimate(c.injured),
                c.injurySeverity == null ? null : c.injurySeverity.name());
    }

    private static Casualty toEntity(Casualties f) {
        Casualty c = new Casualty();
        c.group = CasualtyGroup.valueOf(f.group());
        c.personnel = f.personnel() == null ? null : Personnel.valueOf(f.personnel());
        c.killed = count(f.killed());
        c.injured = count(f.injured());
        c.injurySeverity = f.injurySeverity() == null ? null : InjurySeverity.valueOf(f.injurySeverity());
        return c;
    }
}
