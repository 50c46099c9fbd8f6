package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Lenient readers for the JSON shapes AWS exports use (single objects where a list is documented, and so on). */
final class Json {
    /** Field names whose values must never be kept: keys, passwords, tokens. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(secret|password|passwd|token|private[-_]?key|credential[-_]?value|session[-_]?key).*");

    private Json() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /** The elements of a list field; a single object is read as a one-element list, a missing field as empty. */
    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node.path(field);
        List<JsonNode> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(out::add);
        } else if (value.isObject()) {
            out.add(value);
        }
        return out;
    }

    /**
     * Tags as a map, from {@code [{"Key": k, "Value": v}]} or {@code {k: v}}. Tags whose key looks like a secret are
     * dropped: tag values are shown to people and stored.
     */
    static Map<String, String> tags(JsonNode node) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode value = node.path("Tags");
        if (value.isArray()) {
            for (JsonNode tag : value) {
                tags.put(text(tag, "Key"), text(tag, "Value"));
            }
        } else if (value.isObject()) {
            value.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        }
        tags.keySet().removeIf(k -> k.isEmpty() || SECRET_NAME.matcher(k).matches());
        return tags;
    }
}
