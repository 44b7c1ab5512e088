package org.conflictmonitor.events.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictmonitor.api.problem.FieldError;

/**
 * An event's ACLED classification, as precise as its source allows. The most specific type given
 * decides the broader ones where it implies them; a broader one sent along must agree. A source that
 * does not say what kind of act it was (UCDP codes state-based violence without saying whether it
 * was a battle or shelling) leaves the narrower types null rather than guessing.
 */
public record Classification(DisorderType disorderType, EventType eventType, SubEventType subEventType) {

    /**
     * The classification the given names make, or null with the reasons added to {@code errors}.
     * The names must already be constants of their enums (or null).
     */
    public static Classification of(String disorder, String event, String sub, List<FieldError> errors) {
        DisorderType disorderType = disorder == null ? null : DisorderType.valueOf(disorder);
        EventType eventType = event == null ? null : EventType.valueOf(event);
        SubEventType subEventType = sub == null ? null : SubEventType.valueOf(sub);
        List<FieldError> found = new ArrayList<>();
        if (subEventType != null) {
            if (eventType != null && eventType != subEventType.eventType()) {
                found.add(new FieldError("eventType", "must be " + subEventType.eventType() + " for the sub-event type " + subEventType));
            }
            eventType = subEventType.eventType();
        }
        if (eventType != null) {
            Set<DisorderType> possible = disorderTypesOf(eventType, subEventType);
            if (disorderType != null && !possible.contains(disorderType)) {
                found.add(new FieldError("disorderType", "must be one of " + names(possible) + " for "
                        + (subEventType != null ? "the sub-event type " + subEventType : "the event type " + eventType)));
            } else if (disorderType == null && possible.size() == 1) {
                disorderType = possible.iterator().next();
            }
        }
        if (found.isEmpty() && disorderType == null) {
            found.add(new FieldError(eventType == null ? "subEventType" : "disorderType", eventType == null
                    ? "must be given, or else the event type or at least the disorder type"
                    : "must be given: the event type " + eventType + " leaves it open (" + names(disorderTypesOf(eventType, null)) + ")"));
        }
        errors.addAll(found);
        return found.isEmpty() ? new Classification(disorderType, eventType, subEventType) : null;
    }

    private static Set<DisorderType> disorderTypesOf(EventType eventType, SubEventType subEventType) {
        if (subEventType != null) {
            return Set.of(subEventType.disorderType());
        }
        return Arrays.stream(SubEventType.values()).filter(s -> s.eventType() == eventType).map(SubEventType::disorderType)
                .collect(Collectors.toSet());
    }

    private static String names(Set<DisorderType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
