package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The analyst's crown-jewel markings of one snapshot, by entity id. Applied to a graph they come last, after
 * the importer's classification and any {@link CrownJewelRules}: the analyst has the final word.
 */
public record CrownJewelMarkings(Map<EntityId, CrownJewelMarking> marks) {
    public CrownJewelMarkings {
        marks = Collections.unmodifiableMap(new TreeMap<>(marks));
    }

    public static CrownJewelMarkings none() {
        return new CrownJewelMarkings(Map.of());
    }

    public Set<EntityId> marked(CrownJewelMarking marking) {
        Set<EntityId> ids = new TreeSet<>();
        marks.forEach((id, m) -> {
            if (m == marking) {
                ids.add(id);
            }
        });
        return Collections.unmodifiableSet(ids);
    }

    public CrownJewelMarkings with(EntityId id, CrownJewelMarking marking) {
        Map<EntityId, CrownJewelMarking> copy = new TreeMap<>(marks);
        copy.put(id, marking);
        return new CrownJewelMarkings(copy);
    }

    public CrownJewelMarkings without(EntityId id) {
        Map<EntityId, CrownJewelMarking> copy = new TreeMap<>(marks);
        copy.remove(id);
        return new CrownJewelMarkings(copy);
    }

    /** {@code graph} with the markings applied; marks of entities not in it are ignored. */
    public IdentityGraph applyTo(IdentityGraph graph) {
        if (marks.isEmpty()) {
            return graph;
        }
        IdentityGraph.Builder builder = graph.toBuilder();
        marks.forEach((id, marking) -> graph.entity(id).ifPresent(e -> builder.entity(marking.apply(e))));
        return builder.build();
    }
}
