package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The part of a {@link GraphIndex} that never changes between views of one graph: entities, relations and
 * grants numbered in id order, relation sources, each relation's grants, and the edge rows of the graph with
 * nothing hidden (views filter them). Built once per graph and shared by every view. Immutable.
 *
 * <p>Kept small, since it lives as long as the snapshot is open: ids are found by binary search in the sorted
 * entity and grant arrays (no id maps), a relation's target is only in the edge rows (no {@code relationTo}),
 * and a relation's single grant is stored inline ({@link RelationGrants}).
 */
final class GraphNumbering {
    final IdentityGraph graph;
    final Entity[] entities;
    final Relation[] relations;
    final int[] relationFrom;
    final Grant[] grants;
    final RelationGrants relationGrants;
    final boolean[] identity;
    final boolean[] crownJewel;
    /** {@link io.blastwall.model.Sensitivity} ordinal by entity number: the score reads it for every entity reached. */
    final byte[] sensitivity;
    final EdgeRows grantUsers;
    final EdgeRows traversable;
    final EdgeRows traversableIn;
    /** {@code CAN_ACCESS} out-rows, with each relation's access level beside its target. */
    final EdgeRows access;
    final EdgeRows accessIn;

    GraphNumbering(IdentityGraph graph) {
        this.graph = graph;
        entities = graph.entities().stream().sorted(Comparator.comparing(Entity::id)).toArray(Entity[]::new);
        identity = new boolean[entities.length];
        crownJewel = new boolean[entities.length];
        sensitivity = new byte[entities.length];
        for (int v = 0; v < entities.length; v++) {
            identity[v] = entities[v].isIdentity();
            crownJewel[v] = entities[v].isCrownJewel();
            sensitivity[v] = (byte) entities[v].sensitivity().ordinal();
        }
        relations = graph.relations().stream()
                .sorted(Comparator.comparing((Relation r) -> r.id().value()))
                .toArray(Relation[]::new);
        grants = graph.grants().stream().sorted(Comparator.comparing(Grant::id)).toArray(Grant[]::new);
        // The id maps serve the build only: afterwards ids are found by binary search.
        Map<EntityId, Integer> entityNumbers = new HashMap<>(Math.max(16, entities.length * 2));
        for (int v = 0; v < entities.length; v++) {
            entityNumbers.put(entities[v].id(), v);
        }
        Map<GrantId, Integer> grantNumbers = new HashMap<>(Math.max(16, grants.length * 2));
        for (int g = 0; g < grants.length; g++) {
            grantNumbers.put(grants[g].id(), g);
        }
        relationFrom = new int[relations.length];
        int[] relationTo = new int[relations.length];
        for (int r = 0; r < relations.length; r++) {
            relationFrom[r] = entityNumbers.get(relations[r].from());
            relationTo[r] = entityNumbers.get(relations[r].to());
        }
        relationGrants = RelationGrants.of(relations.length, r -> {
            int[] numbers = new int[relations[r].grants().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = grantNumbers.get(relations[r].grants().get(i));
            }
            return numbers;
        });
        grantUsers = relationGrants.users(grants.length);
        int n = entities.length;
        IntPredicate isTraversable = r -> relations[r].isTraversable();
        traversable = EdgeRows.of(n, relationFrom, relationTo, isTraversable);
        traversableIn = EdgeRows.of(n, relationTo, relationFrom, isTraversable);
        IntPredicate isAccess = r -> relations[r].kind() == RelationKind.CAN_ACCESS;
        access = EdgeRows.of(n, relationFrom, relationTo, isAccess)
                .withLevels(r -> relations[r].access().ordinal(), identity);
        accessIn = EdgeRows.of(n, relationTo, relationFrom, isAccess);
    }

    /** The number of the entity {@code id}, or -1. */
    int entityNumber(EntityId id) {
        int low = 0;
        int high = entities.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = entities[mid].id().compareTo(id);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The number of the grant {@code id}, or -1. */
    int grantNumber(GrantId id) {
        int low = 0;
        int high = grants.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = grants[mid].id().compareTo(id);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
