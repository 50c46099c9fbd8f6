package io.blastwall.app.store;

import java.util.List;
import java.util.Objects;

/**
 * The nodes and relationships a console query returned (in paths, or as nodes and relationships), to draw them.
 *
 * @param nodes every distinct node, in the order first met
 * @param links every distinct relationship between two of those nodes
 */
public record CypherGraph(List<Node> nodes, List<Link> links) {
    public CypherGraph {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public static CypherGraph empty() {
        return new CypherGraph(List.of(), List.of());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** A node: the driver's element id, its first label after {@code Entity}, and its name (or id). */
    public record Node(String elementId, String label, String name) {
        public Node {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A relationship from one node to another, with its type. */
    public record Link(String elementId, String from, String to, String type) {
        public Link {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(type, "type");
        }
    }
}
