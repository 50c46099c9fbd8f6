package io.blastwall.app.cli;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Finds the entity a user means: exact id or ARN, exact name, or a unique part of the name. */
final class IdentityResolver {
    private final IdentityGraph graph;
    private final String snapshotId;

    /** @param snapshotId the snapshot searched, named in the error when nothing matches */
    IdentityResolver(IdentityGraph graph, String snapshotId) {
        this.graph = graph;
        this.snapshotId = snapshotId;
    }

    Entity identity(String query) {
        return resolve(query, Entity::isIdentity, "identity");
    }

    Entity any(String query) {
        return resolve(query, e -> true, "entity");
    }

    private Entity resolve(String query, Predicate<Entity> allowed, String what) {
        if (graph.contains(EntityId.of(query))) {
            return graph.require(EntityId.of(query));
        }
        List<Entity> exact = matching(e -> allowed.test(e) && e.name().equalsIgnoreCase(query));
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.size() > 1) {
            throw ambiguous(query, exact);
        }
        String needle = query.toLowerCase(Locale.ROOT);
        List<Entity> partial = matching(e -> allowed.test(e)
                && (e.name().toLowerCase(Locale.ROOT).contains(needle)
                        || e.id().value().toLowerCase(Locale.ROOT).contains(needle)));
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            throw new UserError("no " + what + " matches \"" + query + "\" in snapshot " + snapshotId
                    + " (`blastwall analyze --snapshot " + snapshotId + "` lists them; `blastwall snapshots` lists the"
                    + " snapshots, and --snapshot ID picks another than the newest)");
        }
        throw ambiguous(query, partial);
    }

    private List<Entity> matching(Predicate<Entity> p) {
        return graph.entities().stream().filter(p).sorted(Comparator.comparing(Entity::id)).toList();
    }

    private static UserError ambiguous(String query, List<Entity> candidates) {
        StringBuilder sb = new StringBuilder("\"" + query + "\" matches " + candidates.size() + " entities; give the ARN or id: ");
        candidates.stream().limit(5).forEach(e -> sb.append("\n  ").append(e.id()).append("  (").append(e.kind().label())
                .append(": ").append(e.name()).append(")"));
        if (candidates.size() > 5) {
            sb.append("\n  ...");
        }
        return new UserError(sb.toString());
    }
}
