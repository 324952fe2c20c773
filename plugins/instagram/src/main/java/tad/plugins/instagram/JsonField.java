package tad.plugins.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of the response together with its path ({@code data.user.edge_owner_to_timeline_media.edges[3].node}),
 * so that a missing or mistyped field is reported by its full name. Instagram changes this private API without
 * notice; a failure that names the field tells the operator exactly what changed.
 */
record JsonField(JsonNode node, String path) {

    /** The payload did not have the shape this plugin reads. */
    static final class FormatException extends Exception {
        FormatException(String message) {
            super(message, null, false, false);
        }
    }

    static JsonField root(JsonNode node) {
        return new JsonField(node, "");
    }

    JsonField required(String name) throws FormatException {
        return optional(name).orElseThrow(() -> new FormatException(childPath(name) + " missing"));
    }

    /** Empty when the field is absent or JSON null. */
    Optional<JsonField> optional(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? Optional.empty() : Optional.of(new JsonField(child, childPath(name)));
    }

    String requiredText(String name) throws FormatException {
        JsonField field = required(name);
        if (!field.node.isTextual()) {
            throw new FormatException(field.path + " is not a string");
        }
        return field.node.textValue();
    }

    /** A string that may be absent, null or empty (all three mean "none"). */
    Optional<String> optionalText(String name) {
        return optional(name).filter(f -> f.node.isTextual()).map(f -> f.node.textValue()).filter(s -> !s.isEmpty());
    }

    boolean requiredBoolean(String name) throws FormatException {
        JsonField field = required(name);
        if (!field.node.isBoolean()) {
            throw new FormatException(field.path + " is not a boolean");
        }
        return field.node.booleanValue();
    }

    boolean optionalBoolean(String name, boolean fallback) {
        return optional(name).filter(f -> f.node.isBoolean()).map(f -> f.node.booleanValue()).orElse(fallback);
    }

    Optional<Long> optionalLong(String name) {
        return optional(name).filter(f -> f.node.canConvertToLong()).map(f -> f.node.longValue());
    }

    List<JsonField> requiredArray(String name) throws FormatException {
        JsonField field = required(name);
        if (!field.node.isArray()) {
            throw new FormatException(field.path + " is not an array");
        }
        List<JsonField> items = new ArrayList<>(field.node.size());
        for (int i = 0; i < field.node.size(); i++) {
            items.add(new JsonField(field.node.get(i), field.path + "[" + i + "]"));
        }
        return items;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
