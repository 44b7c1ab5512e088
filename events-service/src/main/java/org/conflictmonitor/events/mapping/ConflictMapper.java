package org.conflictmonitor.events.mapping;

import static org.conflictmonitor.api.text.Text.blankToNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.conflictmonitor.events.api.ConflictDto;
import org.conflictmonitor.events.api.ConflictParty;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictType;
import org.conflictmonitor.events.api.ConflictYear;
import org.conflictmonitor.events.api.DatePrecision;
import org.conflictmonitor.events.api.Incompatibility;
import org.conflictmonitor.events.api.IntensityLevel;
import org.conflictmonitor.events.api.Side;
import org.conflictmonitor.events.api.TimelineEntry;
import org.conflictmonitor.events.entity.AcdYear;
import org.conflictmonitor.events.entity.Background;
import org.conflictmonitor.events.entity.Conflict;
import org.conflictmonitor.events.entity.Party;

@ApplicationScoped
public class ConflictMapper {

    public ConflictDto toDto(Conflict c) {
        return new ConflictDto(c.id, c.name, c.type, c.startDate, c.endDate, c.description,
                c.parties.stream().map(p -> new ConflictParty(p.actorId, p.side.name())).toList(),
                c.timeline.stream().map(ConflictMapper::toEntry).toList(),
                c.ucdpConflictId, c.ucdpName, c.incompatibility, c.territoryName, List.copyOf(c.location),
                c.ucdpYears.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> toYear(e.getKey(), e.getValue())).toList(),
                c.createdAt, c.createdBy, c.updatedAt, c.updatedBy, c.version);
    }

    /** Create and update (PUT): the request is the conflict's new state, but for {@code ucdpYears}, which a null keeps. */
    public void apply(ConflictRequest r, Conflict c) {
        c.name = r.name().strip();
        c.type = ConflictType.valueOf(r.type());
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.description = blankToNull(r.description());
        c.ucdpConflictId = r.ucdpConflictId();
        c.ucdpName = blankToNull(r.ucdpName());
        c.incompatibility = r.incompatibility() == null ? null : Incompatibility.valueOf(r.incompatibility());
        c.territoryName = blankToNull(r.territoryName());
        c.location = new ArrayList<>(strings(r.location()));
        c.parties.clear();
        if (r.parties() != null) {
            r.parties().stream().map(p -> new Party(p.actorId(), Side.valueOf(p.side()))).forEach(c.parties::add);
        }
        c.timeline.clear();
        if (r.timeline() != null) {
            timeline(r.timeline()).forEach(t -> c.timeline.add(toBackground(t)));
        }
        if (r.ucdpYears() != null) {
            Set<Integer> sent = new HashSet<>();
            r.ucdpYears().forEach(y -> sent.add(y.year()));
            c.ucdpYears.keySet().stream().filter(year -> !sent.contains(year)).toList().forEach(c.ucdpYears::remove);
            mergeYears(r.ucdpYears(), c);
        }
    }

    /**
     * A bulk upsert's change to a stored conflict: only what the request says (a null keeps the stored
     * value), never the curated name and description, the UCDP years merged by year. Touches nothing
     * that would not change, so that an unchanged conflict keeps its version.
     *
     * @return whether anything changed
     */
    public boolean merge(ConflictRequest r, Conflict c) {
        boolean changed = false;
        ConflictType type = ConflictType.valueOf(r.type());
        if (c.type != type) {
            c.type = type;
            changed = true;
        }
        if (r.startDate() != null && !r.startDate().equals(c.startDate)) {
            c.startDate = r.startDate();
            changed = true;
        }
        if (r.endDate() != null && !r.endDate().equals(c.endDate)) {
            c.endDate = r.endDate();
            changed = true;
        }
        if (r.ucdpName() != null && !Objects.equals(blankToNull(r.ucdpName()), c.ucdpName)) {
            c.ucdpName = blankToNull(r.ucdpName());
            changed = true;
        }
        if (r.incompatibility() != null && c.incompatibility != Incompatibility.valueOf(r.incompatibility())) {
            c.incompatibility = Incompatibility.valueOf(r.incompatibility());
            changed = true;
        }
        if (r.territoryName() != null && !Objects.equals(blankToNull(r.territoryName()), c.territoryName)) {
            c.territoryName = blankToNull(r.territoryName());
            changed = true;
        }
        if (r.location() != null && !strings(r.location()).equals(c.location)) {
            c.location = new ArrayList<>(strings(r.location()));
            changed = true;
        }
        if (r.parties() != null) {
            Set<ConflictParty> sent = new HashSet<>(r.parties());
            Set<ConflictParty> stored = new HashSet<>(c.parties.stream().map(p -> new ConflictParty(p.actorId, p.side.name())).toList());
            if (!sent.equals(stored)) {
                c.parties.clear();
                r.parties().stream().map(p -> new Party(p.actorId(), Side.valueOf(p.side()))).forEach(c.parties::add);
                changed = true;
            }
        }
        if (r.timeline() != null) {
            List<TimelineEntry> sent = timeline(r.timeline());
            if (!sent.equals(c.timeline.stream().map(ConflictMapper::toEntry).toList())) {
                c.timeline.clear();
                sent.forEach(t -> c.timeline.add(toBackground(t)));
                changed = true;
            }
        }
        if (r.ucdpYears() != null) {
            changed |= mergeYears(r.ucdpYears(), c);
        }
        return changed;
    }

    /** Each year sent replaces the stored row of its year, unless it is equal to it; returns whether any did. */
    private static boolean mergeYears(List<ConflictYear> years, Conflict c) {
        boolean changed = false;
        for (ConflictYear sent : years) {
            ConflictYear year = normalized(sent);
            AcdYear stored = c.ucdpYears.get(year.year());
            if (stored == null || !toYear(year.year(), stored).equals(year)) {
                c.ucdpYears.put(year.year(), toAcdYear(year));
                changed = true;
            }
        }
        return changed;
    }

    /** A year as it is stored and read back: text stripped, a blank territory null, an absent list empty. */
    static ConflictYear normalized(ConflictYear y) {
        return new ConflictYear(y.year(), strings(y.location()), strings(y.sideA()), ints(y.sideAId()), strings(y.sideA2nd()),
                strings(y.sideB()), ints(y.sideBId()), strings(y.sideB2nd()), y.incompatibility(), blankToNull(y.territoryName()),
                y.intensityLevel(), y.cumulativeIntensity(), y.typeOfConflict(), y.startDate(), y.endDate(),
                ints(y.gwnoA()), ints(y.gwnoA2nd()), ints(y.gwnoB()), ints(y.gwnoB2nd()), ints(y.gwnoLoc()), strings(y.region()));
    }

    static ConflictYear toYear(int year, AcdYear a) {
        return new ConflictYear(year, List.copyOf(a.location), List.copyOf(a.sideA), List.copyOf(a.sideAId), List.copyOf(a.sideA2nd),
                List.copyOf(a.sideB), List.copyOf(a.sideBId), List.copyOf(a.sideB2nd), a.incompatibility.name(), a.territoryName,
                a.intensityLevel.name(), a.cumulativeIntensity.name(), a.typeOfConflict.name(), a.startDate, a.endDate,
                List.copyOf(a.gwnoA), List.copyOf(a.gwnoA2nd), List.copyOf(a.gwnoB), List.copyOf(a.gwnoB2nd), List.copyOf(a.gwnoLoc),
                List.copyOf(a.region));
    }

    /** @param y a {@link #normalized} year */
    private static AcdYear toAcdYear(ConflictYear y) {
        AcdYear a = new AcdYear();
        a.location = new ArrayList<>(y.location());
        a.sideA = new ArrayList<>(y.sideA());
        a.sideAId = new ArrayList<>(y.sideAId());
        a.sideA2nd = new ArrayList<>(y.sideA2nd());
        a.sideB = new ArrayList<>(y.sideB());
        a.sideBId = new ArrayList<>(y.sideBId());
        a.sideB2nd = new ArrayList<>(y.sideB2nd());
        a.incompatibility = Incompatibility.valueOf(y.incompatibility());
        a.territoryName = y.territoryName();
        a.intensityLevel = IntensityLevel.valueOf(y.intensityLevel());
        a.cumulativeIntensity = IntensityLevel.valueOf(y.cumulativeIntensity());
        a.typeOfConflict = ConflictType.valueOf(y.typeOfConflict());
        a.startDate = y.startDate();
        a.endDate = y.endDate();
        a.gwnoA = new ArrayList<>(y.gwnoA());
        a.gwnoA2nd = new ArrayList<>(y.gwnoA2nd());
        a.gwnoB = new ArrayList<>(y.gwnoB());
        a.gwnoB2nd = new ArrayList<>(y.gwnoB2nd());
        a.gwnoLoc = new ArrayList<>(y.gwnoLoc());
        a.region = new ArrayList<>(y.region());
        return a;
    }

    /** The timeline as stored: oldest first, titles stripped. */
    private static List<TimelineEntry> timeline(List<TimelineEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(TimelineEntry::dateFrom))
                .map(t -> new TimelineEntry(t.dateFrom(), t.dateTo(), t.precision(), t.title().strip(), t.description()))
                .toList();
    }

    private static TimelineEntry toEntry(Background t) {
        return new TimelineEntry(t.dateFrom, t.dateTo, t.precision.name(), t.title, t.description);
    }

    private static Background toBackground(TimelineEntry t) {
        Background b = new Background();
        b.dateFrom = t.dateFrom();
        b.dateTo = t.dateTo();
        b.precision = DatePrecision.valueOf(t.precision());
        b.title = t.title();
        b.description = t.description();
        return b;
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    private static List<Integer> ints(List<Integer> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
