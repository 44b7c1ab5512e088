package org.conflictmonitor.gateway.schema;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

import org.conflictmonitor.actors.api.ActorRequest;
import org.conflictmonitor.actors.api.RelationRequest;
import org.conflictmonitor.api.validation.OneOf;
import org.conflictmonitor.events.api.Casualties;
import org.conflictmonitor.events.api.ClaimRequest;
import org.conflictmonitor.events.api.ConflictParty;
import org.conflictmonitor.events.api.ConflictRequest;
import org.conflictmonitor.events.api.ConflictYear;
import org.conflictmonitor.events.api.EventActor;
import org.conflictmonitor.events.api.EventLink;
import org.conflictmonitor.events.api.EventRequest;
import org.conflictmonitor.events.api.StatusChange;
import org.conflictmonitor.events.api.Location;
import org.conflictmonitor.events.api.TimelineEntry;
import org.conflictmonitor.events.api.UcdpCoding;
import org.conflictmonitor.sources.api.ReliabilityInput;
import org.conflictmonitor.sources.api.SourceRequest;

/**
 * The GraphQL fields that carry one constant of an enum as a string. The services' requests keep
 * such values as strings so that an unknown one is reported with every other invalid field
 * ({@link OneOf}); GraphQL shows them as the enum, so front-end code generators see the closed set.
 * Read from the records' own {@code @OneOf} components: the records listed are the wire types the
 * gateway shows that have such components.
 */
final class ClosedSets {

    private static final List<Class<? extends Record>> RECORDS = List.of(
            EventActor.class, EventLink.class, Casualties.class, Location.class, TimelineEntry.class,
            ConflictParty.class, ConflictYear.class, UcdpCoding.class, EventRequest.class, ClaimRequest.class,
            ConflictRequest.class, ActorRequest.class, RelationRequest.class, SourceRequest.class, ReliabilityInput.class,
            StatusChange.class);

    /** A field of a GraphQL type, by the type's and the field's names. */
    record Coordinates(String type, String field) {
    }

    private final Map<Coordinates, Class<? extends Enum<?>>> enums = new HashMap<>();

    ClosedSets() {
        for (Class<? extends Record> record : RECORDS) {
            for (RecordComponent component : record.getRecordComponents()) {
                OneOf oneOf = component.getAnnotation(OneOf.class);
                if (oneOf != null && component.getType() == String.class) {
                    graphQLNames(record).forEach(type -> enums.put(new Coordinates(type, component.getName()), oneOf.value()));
                }
            }
        }
    }

    /** The enum the field's string is a constant of; null when it is free text. */
    Class<? extends Enum<?>> enumOf(String type, String field) {
        return enums.get(new Coordinates(type, field));
    }

    /** Every enum some field carries, once each. */
    Set<Class<? extends Enum<?>>> enums() {
        return Set.copyOf(enums.values());
    }

    private static List<String> graphQLNames(Class<?> record) {
        Type output = record.getAnnotation(Type.class);
        Input input = record.getAnnotation(Input.class);
        return Stream.of(output == null ? null : output.value(), input == null ? null : input.value())
                .filter(name -> name != null && !name.isEmpty()).toList();
    }
}
