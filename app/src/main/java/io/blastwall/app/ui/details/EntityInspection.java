package io.blastwall.app.ui.details;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ReachedIdentity;
import io.blastwall.analysis.ReachedResource;
import io.blastwall.analysis.ScorePart;
import io.blastwall.app.ui.common.Formats;
import io.blastwall.app.ui.graph.DiagramNode;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the inspector says about an entity, or a group of resources, inside a radius. */
final class EntityInspection {
    private static final int MAX_GROUP_MEMBERS = 40;

    private EntityInspection() {}

    static Inspection of(IdentityGraph graph, Optional<BlastRadius> radius, EntityId id) {
        Entity e = graph.require(id);
        List<DetailRow> rows = new ArrayList<>();
        rows.add(new DetailRow("Kind", e.kind().label()));
        rows.add(new DetailRow("Provider", e.provider().label()));
        addIfPresent(rows, "Type", e.nativeType());
        rows.add(new DetailRow("Id", e.id().value()));
        rows.add(new DetailRow("Sensitivity", e.sensitivity().name().toLowerCase(Locale.ROOT)));
        boolean jewel = e.isCrownJewel() || radius.map(r -> r.crownJewels().contains(id)).orElse(false);
        rows.add(new DetailRow("Crown jewel", jewel ? "yes" : "no"));
        radius.ifPresent(r -> addReach(rows, r, id));
        if (!e.tags().isEmpty()) {
            rows.add(new DetailRow("Tags", new TreeMap<>(e.tags()).entrySet().stream()
                    .map(t -> t.getKey() + " = " + t.getValue())
                    .collect(Collectors.joining("\n"))));
        }
        new TreeMap<>(e.properties()).forEach((k, v) -> rows.add(new DetailRow(k, v)));
        String subtitle = e.kind().label() + " \u00b7 " + e.provider().label();
        return new Inspection(e.name(), subtitle, rows, List.of());
    }

    static Inspection ofGroup(IdentityGraph graph, Optional<BlastRadius> radius, DiagramNode group) {
        List<DetailRow> rows = new ArrayList<>();
        rows.add(new DetailRow("Resources", Integer.toString(group.members().size())));
        rows.add(new DetailRow("Strongest access", group.access().label()));
        rows.add(new DetailRow("Hops", Integer.toString(group.column())));
        Map<EntityId, ReachedResource> reached = new TreeMap<>();
        radius.ifPresent(r -> r.resources().forEach(res -> reached.put(res.resource(), res)));
        group.members().stream().limit(MAX_GROUP_MEMBERS).forEach(m -> rows.add(new DetailRow(
                graph.require(m).name(),
                Optional.ofNullable(reached.get(m)).map(r -> r.access().label()).orElse(""))));
        if (group.members().size() > MAX_GROUP_MEMBERS) {
            rows.add(new DetailRow("\u2026", (group.members().size() - MAX_GROUP_MEMBERS) + " more"));
        }
        return new Inspection(group.label(), "Group of resources of one service", rows, List.of());
    }

    private static void addReach(List<DetailRow> rows, BlastRadius radius, EntityId id) {
        if (radius.identity().equals(id)) {
            rows.add(new DetailRow("Radius",
                    Formats.count(radius.identities().size(), "identity", "identities") + ", "
                            + Formats.count(radius.resources().size(), "resource", "resources")));
            rows.add(new DetailRow("Jewels reached", Integer.toString(radius.crownJewels().size())));
            rows.add(new DetailRow("Score", Formats.score(radius.score())));
            for (ScorePart part : radius.scoreParts()) {
                rows.add(new DetailRow("  +" + Formats.score(part.points()), part.reason()));
            }
            return;
        }
        radius.identities().stream().filter(r -> r.identity().equals(id)).findFirst()
                .ifPresent(r -> addIdentityReach(rows, r));
        radius.resources().stream().filter(r -> r.resource().equals(id)).findFirst()
                .ifPresent(r -> addResourceReach(rows, r));
    }

    private static void addIdentityReach(List<DetailRow> rows, ReachedIdentity reached) {
        rows.add(new DetailRow("Hops", Integer.toString(reached.hops())));
        rows.add(new DetailRow("Path confidence", reached.path().confidence().label()));
    }

    private static void addResourceReach(List<DetailRow> rows, ReachedResource reached) {
        rows.add(new DetailRow("Hops", Integer.toString(reached.hops())));
        rows.add(new DetailRow("Access", reached.access().label()));
        rows.add(new DetailRow("Actions", String.join(", ", new TreeSet<>(reached.actions()))));
        rows.add(new DetailRow("Path confidence", reached.path().confidence().label()));
    }

    private static void addIfPresent(List<DetailRow> rows, String name, String value) {
        if (!value.isBlank()) {
            rows.add(new DetailRow(name, value));
        }
    }
}
