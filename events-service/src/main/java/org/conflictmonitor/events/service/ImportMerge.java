package org.conflictmonitor.events.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an import may change in an event it wrote before, field by field. For each field the source
 * states: the same value as stored changes nothing; a value a curator has changed since the last
 * import (the stored one differs from what that import wrote) is kept and reported, never
 * overwritten silently; otherwise the import's value is written. Fields the source does not state
 * are left alone. Lists compare as sets: their order says nothing.
 */
final class ImportMerge {

    private ImportMerge() {
    }

    /**
     * @param merged the event's fields after the import
     * @param changed the fields the import changed
     * @param keptEdits the fields a curator changed since the last import, kept though the import says otherwise
     * @param imported what this import wrote, by field, to compare with next time
     */
    record Outcome(ObjectNode merged, List<String> changed, List<String> keptEdits, ObjectNode imported) {
    }

    /**
     * @param current the event as stored
     * @param lastImported what the previous import wrote, by field; null for an event no import wrote
     * @param incoming the event as this import codes it
     * @param fields the fields this import states
     */
    static Outcome merge(ObjectNode current, ObjectNode lastImported, ObjectNode incoming, Collection<String> fields) {
        ObjectNode merged = current.deepCopy();
        ObjectNode imported = lastImported == null ? JsonNodeFactory.instance.objectNode() : lastImported.deepCopy();
        List<String> changed = new ArrayList<>();
        List<String> keptEdits = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = valueOf(incoming, field);
            JsonNode stored = valueOf(current, field);
            JsonNode previous = lastImported == null ? null : lastImported.get(field);
            imported.set(field, value);
            if (same(value, stored)) {
                continue;
            }
            if (previous != null && !same(stored, previous)) {
                keptEdits.add(field);
                continue;
            }
            merged.set(field, value);
            changed.add(field);
        }
        return new Outcome(merged, changed, keptEdits, imported);
    }

    /** What an import that creates an event writes, by field: {@link #merge} over an empty event, without comparing. */
    static ObjectNode written(ObjectNode incoming, Collection<String> fields) {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        fields.forEach(f -> written.set(f, valueOf(incoming, f)));
        return written;
    }

    /** The fields among these whose values differ between the two. */
    static List<String> differing(ObjectNode current, ObjectNode incoming, Collection<String> fields) {
        return fields.stream().filter(f -> !same(valueOf(incoming, f), valueOf(current, f))).toList();
    }

    private static JsonNode valueOf(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    static boolean same(JsonNode a, JsonNode b) {
        return normalised(a).equals(normalised(b));
    }

    /** Nulls and empty lists dropped, arrays sorted, numbers compared by value: the form two equal values share. */
    private static JsonNode normalised(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || (node.isArray() && node.isEmpty())) {
            return NullNode.getInstance();
        }
        if (node.isNumber()) {
            return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
                JsonNode v = normalised(e.getValue());
                if (!v.isNull()) {
                    copy.set(e.getKey(), v);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normalised(item)));
            items.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }
}
