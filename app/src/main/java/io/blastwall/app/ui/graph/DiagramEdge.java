package io.blastwall.app.ui.graph;

import io.blastwall.model.Confidence;
import io.blastwall.model.Relation;
import java.util.List;
import java.util.Objects;

/**
 * A line between two diagram nodes, standing for one or more relations (several when it points at a
 * group, or when parallel relations join the same two entities).
 */
public record DiagramEdge(String fromKey, String toKey, List<Relation> relations) {
    public DiagramEdge {
        Objects.requireNonNull(fromKey, "fromKey");
        Objects.requireNonNull(toKey, "toKey");
        relations = List.copyOf(relations);
        if (relations.isEmpty()) {
            throw new IllegalArgumentException("diagram edge " + fromKey + " -> " + toKey + " has no relation");
        }
    }

    public String key() {
        return keyOf(fromKey, toKey);
    }

    /** The key of the edge between two node keys. */
    public static String keyOf(String fromKey, String toKey) {
        return fromKey + "\u2192" + toKey;
    }

    /** The weakest confidence of its relations: drawn dashed unless proven. */
    public Confidence confidence() {
        Confidence c = Confidence.PROVEN;
        for (Relation r : relations) {
            c = c.weakest(r.confidence());
        }
        return c;
    }

    public boolean isProven() {
        return confidence() == Confidence.PROVEN;
    }

    /** True when an attacker can follow it to act as the target identity. */
    public boolean isTraversable() {
        return relations.stream().anyMatch(Relation::isTraversable);
    }
}
