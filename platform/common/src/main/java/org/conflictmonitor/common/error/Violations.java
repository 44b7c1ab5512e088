package org.conflictmonitor.common.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.conflictmonitor.api.problem.FieldError;

/**
 * Bean Validation violations as the client should read them.
 */
public final class Violations {

    private Violations() {
    }

    /** One error per invalid field and message, sorted by field. */
    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    public static String describe(List<FieldError> errors) {
        return errors.size() == 1 ? "The request has 1 invalid field." : "The request has " + errors.size() + " invalid fields.";
    }

    /**
     * The field as the client knows it: {@code aliases[1].lang} for a body field, {@code limit} for
     * a query parameter; never the Java method or parameter names around it.
     */
    public static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, BEAN, CONTAINER_ELEMENT, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> {
                    // A body parameter's name is Java's, not the client's; a query parameter's is the client's.
                    boolean body = !last && nodes.get(i + 1).getKind() == ElementKind.PROPERTY;
                    if (!body) {
                        field.append(node.getName());
                    }
                }
                default -> {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

}
