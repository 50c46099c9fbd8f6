package io.blastwall.importer.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kubernetes label selectors ({@code matchLabels} and {@code matchExpressions}). */
final class Selectors {
    private Selectors() {}

    static boolean matchesAny(JsonNode selectors, Map<String, String> labels) {
        for (JsonNode s : selectors) {
            if (matches(s, labels)) {
                return true;
            }
        }
        return false;
    }

    /** An empty selector matches nothing here: aggregation with {@code {}} would take every role, which no export does. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        Map<String, String> required = KubeObject.strings(selector.path("matchLabels"));
        JsonNode expressions = selector.path("matchExpressions");
        if (required.isEmpty() && expressions.isEmpty()) {
            return false;
        }
        for (var e : required.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode x : expressions) {
            if (!expression(x, labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean expression(JsonNode x, Map<String, String> labels) {
        String key = x.path("key").asText();
        List<String> values = new ArrayList<>();
        x.path("values").forEach(v -> values.add(v.asText()));
        return switch (x.path("operator").asText()) {
            case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists" -> labels.containsKey(key);
            case "DoesNotExist" -> !labels.containsKey(key);
            default -> false;
        };
    }
}
