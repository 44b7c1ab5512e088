package org.conflictmonitor.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the realm Keycloak imports from the production realm plus overlays, so that what only a
 * developer machine or a test needs (demo users, password-grant clients) never sits in the file
 * that gets deployed.
 * <p>
 * An overlay is a partial realm: objects merge field by field, arrays are appended to (an overlay's
 * {@code "clients"} adds clients next to the base's), any other value replaces the base's.
 * <p>
 * Also a command for the scripts of the local stack:
 * {@code RealmComposer <out.json> <base.json> [overlay.json ...]}.
 */
public final class RealmComposer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmComposer() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: RealmComposer <out.json> <base.json> [overlay.json ...]");
            System.exit(2);
        }
        List<JsonNode> overlays = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            overlays.add(read(Path.of(args[i])));
        }
        write(compose(read(Path.of(args[1])), overlays), Path.of(args[0]));
    }

    /** The base with every overlay applied in order; neither argument is modified. */
    public static ObjectNode compose(ObjectNode base, List<? extends JsonNode> overlays) {
        ObjectNode realm = base.deepCopy();
        for (JsonNode overlay : overlays) {
            mergeInto(realm, overlay, "$");
        }
        return realm;
    }

    public static ObjectNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read realm file " + file.toAbsolutePath(), e);
        }
    }

    /** @param source names the stream in error messages */
    public static ObjectNode read(InputStream in, String source) {
        try {
            JsonNode node = JSON.readTree(in);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(source + " must hold a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not parse " + source + ": " + e.getMessage(), e);
        }
    }

    public static void write(ObjectNode realm, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), realm);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write realm file " + file.toAbsolutePath(), e);
        }
    }

    private static void mergeInto(ObjectNode target, JsonNode overlay, String path) {
        if (!overlay.isObject()) {
            throw new IllegalArgumentException(path + ": an overlay must be a JSON object, not " + overlay.getNodeType());
        }
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            String name = field.getKey();
            String at = path + "." + name;
            JsonNode added = field.getValue();
            JsonNode existing = target.get(name);
            if (existing == null || existing.isNull()) {
                target.set(name, added.deepCopy());
            } else if (existing.isObject() && added.isObject()) {
                mergeInto((ObjectNode) existing, added, at);
            } else if (existing.isArray() && added.isArray()) {
                ((ArrayNode) existing).addAll((ArrayNode) added.deepCopy());
            } else if (existing.isContainerNode() || added.isContainerNode()) {
                // Replacing a whole list or object is almost always a typo in the overlay; say so.
                throw new IllegalArgumentException(at + ": cannot merge " + added.getNodeType() + " into "
                        + existing.getNodeType());
            } else {
                target.set(name, added.deepCopy());
            }
        }
    }
}
