package io.blastwall.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Gathers the nodes and relationships of result values (paths, nodes, relationships, lists of them). */
final class CypherGraphCollector {
    static final int MAX_NODES = 300;

    private final Map<String, CypherGraph.Node> nodes = new LinkedHashMap<>();
    private final Map<String, Relationship> links = new LinkedHashMap<>();

    void add(Value value) {
        add(value.asObject());
    }

    private void add(Object value) {
        switch (value) {
            case Path path -> {
                path.nodes().forEach(this::node);
                path.relationships().forEach(r -> links.putIfAbsent(r.elementId(), r));
            }
            case Node node -> node(node);
            case Relationship relationship -> links.putIfAbsent(relationship.elementId(), relationship);
            case List<?> list -> list.forEach(item -> {
                if (item != null) {
                    add(item);
                }
            });
            default -> {
                // scalars and maps are only shown in the table
            }
        }
    }

    private void node(Node node) {
        if (nodes.size() >= MAX_NODES || nodes.containsKey(node.elementId())) {
            return;
        }
        String label = "";
        for (String l : node.labels()) {
            if (!l.equals("Entity")) {
                label = l;
                break;
            }
        }
        Map<String, Object> props = node.asMap();
        Object name = props.getOrDefault("name", props.getOrDefault("id", node.elementId()));
        nodes.put(node.elementId(), new CypherGraph.Node(node.elementId(), label, String.valueOf(name)));
    }

    /** Only relationships whose both ends were collected (a bare relationship brings no nodes). */
    CypherGraph graph() {
        List<CypherGraph.Link> drawn = new ArrayList<>();
        for (Relationship r : links.values()) {
            if (nodes.containsKey(r.startNodeElementId()) && nodes.containsKey(r.endNodeElementId())) {
                drawn.add(new CypherGraph.Link(r.elementId(), r.startNodeElementId(), r.endNodeElementId(), r.type()));
            }
        }
        return new CypherGraph(List.copyOf(nodes.values()), drawn);
    }
}
