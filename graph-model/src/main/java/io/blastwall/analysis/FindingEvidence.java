package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The evidence a finding shows: the allowing statements of its relations, or the grants behind them. */
final class FindingEvidence {
    static final int MAX_ITEMS = 6;

    private final IdentityGraph graph;

    FindingEvidence(IdentityGraph graph) {
        this.graph = graph;
    }

    /** Each relation's allowing statements (not the denies checked), else its grants' evidence; at most {@value #MAX_ITEMS}. */
    List<Evidence> ofRelations(List<Relation> relations) {
        Set<Evidence> items = new LinkedHashSet<>();
        for (Relation r : relations) {
            List<Evidence> allowing = r.evidence().stream().filter(e -> !e.location().startsWith(Relation.CHECKED)).toList();
            if (allowing.isEmpty()) {
                r.grants().forEach(g -> graph.grant(g).ifPresent(grant -> items.add(grant.evidence())));
            } else {
                items.addAll(allowing);
            }
        }
        return items.stream().limit(MAX_ITEMS).toList();
    }

    /** A property of the entity as the import recorded it. */
    Evidence ofProperty(Entity e, String property, String value) {
        return new Evidence(e.property("sourceFile"), e.id().value() + " · " + property, property + " = " + value);
    }
}
