package io.blastwall.app.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Renders query results the way Cypher writes them: {@code (:Entity:Role {id: "r1"})}, lists, maps. */
final class CypherText {
    private CypherText() {}

    /** A cell: top-level strings bare, everything nested in Cypher literal syntax. */
    static String format(Object value) {
        return value instanceof String text ? text : literal(value);
    }

    private static String literal(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> quote(text);
            case Node node -> node(node);
            case Relationship relationship -> "[:" + relationship.type() + properties(relationship.asMap()) + "]";
            case Path path -> path(path);
            case List<?> list -> list.stream().map(CypherText::literal).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map(map);
            case byte[] bytes -> "<" + bytes.length + " bytes>";
            default -> value.toString();
        };
    }

    private static String node(Node node) {
        StringBuilder text = new StringBuilder("(");
        node.labels().forEach(label -> text.append(':').append(label));
        return text.append(properties(node.asMap())).append(')').toString();
    }

    private static String path(Path path) {
        StringBuilder text = new StringBuilder(node(path.start()));
        for (Path.Segment segment : path) {
            boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
            String relationship = literal(segment.relationship());
            text.append(forward ? "-" + relationship + "->" : "<-" + relationship + "-").append(node(segment.end()));
        }
        return text.toString();
    }

    private static String properties(Map<String, Object> properties) {
        return properties.isEmpty() ? "" : " " + map(properties);
    }

    private static String map(Map<?, ?> map) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        map.entrySet().stream()
                .sorted(Comparator.comparing(entry -> String.valueOf(entry.getKey())))
                .forEach(entry -> text.add(entry.getKey() + ": " + literal(entry.getValue())));
        return text.toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
