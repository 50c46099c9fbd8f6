package io.blastwall.app.ui.details;

import io.blastwall.app.report.StatementSource;
import io.blastwall.app.ui.graph.DiagramEdge;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the inspector says about an edge: its relations, and the evidence of the grants behind them. */
final class EdgeInspection {
    private static final int MAX_RELATIONS = 20;

    private EdgeInspection() {}

    static Inspection of(IdentityGraph graph, DiagramEdge edge) {
        List<Relation> relations = edge.relations();
        Relation first = relations.get(0);
        String from = graph.require(first.from()).name();
        String to = relations.size() == 1 ? graph.require(first.to()).name() : relations.size() + " targets";
        List<DetailRow> rows = new ArrayList<>();
        relations.stream().limit(MAX_RELATIONS).forEach(r -> addRelation(rows, graph, r, relations.size() > 1));
        if (relations.size() > MAX_RELATIONS) {
            rows.add(new DetailRow("\u2026", (relations.size() - MAX_RELATIONS) + " more relations"));
        }
        return new Inspection(from + " \u2192 " + to, first.kind().label(), rows, evidence(graph, relations));
    }

    private static void addRelation(List<DetailRow> rows, IdentityGraph graph, Relation r, boolean several) {
        if (several) {
            rows.add(new DetailRow("To", graph.require(r.to()).name()));
        }
        rows.add(new DetailRow("Relation", r.kind().label()));
        if (r.access() != AccessLevel.NONE) {
            rows.add(new DetailRow("Access", r.access().label()));
        }
        rows.add(new DetailRow("Rule", r.rule()));
        rows.add(new DetailRow("Confidence", r.confidence().label()));
        if (!r.actions().isEmpty()) {
            rows.add(new DetailRow("Actions", String.join(", ", new TreeSet<>(r.actions()))));
        }
        if (!r.conditions().isEmpty()) {
            rows.add(new DetailRow("Conditions", String.join("\n", r.conditions())));
        }
    }

    /** The grants behind the relations, then the statements that allowed them and the denies and boundaries checked. */
    private static List<EvidenceItem> evidence(IdentityGraph graph, List<Relation> relations) {
        Map<GrantId, Grant> grants = new LinkedHashMap<>();
        Set<Evidence> statements = new LinkedHashSet<>();
        for (Relation r : relations.subList(0, Math.min(relations.size(), MAX_RELATIONS))) {
            r.grants().forEach(id -> graph.grant(id).ifPresent(g -> grants.putIfAbsent(id, g)));
            statements.addAll(r.evidence());
        }
        List<EvidenceItem> out = new ArrayList<>(grants.values().stream().map(EdgeInspection::evidenceOf).toList());
        statements.forEach(e -> out.add(statementOf(e)));
        return out;
    }

    private static EvidenceItem statementOf(Evidence e) {
        boolean checked = e.location().startsWith(Relation.CHECKED);
        String heading = checked ? "Checked, did not stop it" : "Statement that allows it";
        return new EvidenceItem(heading, StatementSource.of(e), EvidenceText.readable(e.text()));
    }

    private static EvidenceItem evidenceOf(Grant grant) {
        String heading = grant.description() + " \u2014 to remove: " + grant.kind().action();
        String source = grant.evidence().sourceFile()
                + (grant.evidence().location().isBlank() ? "" : " @ " + grant.evidence().location())
                + Optional.of(grant.lastUsed()).filter(s -> !s.isBlank()).map(s -> " \u00b7 last used " + s).orElse("");
        return new EvidenceItem(heading, source, EvidenceText.readable(grant.evidence().text()));
    }
}
