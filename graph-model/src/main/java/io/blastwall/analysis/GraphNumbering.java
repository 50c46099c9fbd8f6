package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The part of a {@link GraphIndex} that never changes between views of one graph: entities, relations and
 * grants numbered in id order, relation endpoints and each relation's grants. Built once per graph and shared
 * by every view ("traversable only", "reversed", "with these grants removed"). Immutable.
 */
final class GraphNumbering {
    final IdentityGraph graph;
    final Entity[] entities;
    final Map<EntityId, Integer> entityNumbers;
    final Relation[] relations;
    final int[] relationFrom;
    final int[] relationTo;
    final Grant[] grants;
    final Map<GrantId, Integer> grantNumbers;
    final EdgeRows relationGrants;
    final boolean[] identity;
    final boolean[] crownJewel;

    GraphNumbering(IdentityGraph graph) {
        this.graph = graph;
        entities = graph.entities().stream().sorted(Comparator.comparing(Entity::id)).toArray(Entity[]::new);
        entityNumbers = numbers(entities.length, i -> entities[i].id());
        identity = new boolean[entities.length];
        crownJewel = new boolean[entities.length];
        for (int v = 0; v < entities.length; v++) {
            identity[v] = entities[v].isIdentity();
            crownJewel[v] = entities[v].isCrownJewel();
        }
        relations = graph.relations().stream()
                .sorted(Comparator.comparing((Relation r) -> r.id().value()))
                .toArray(Relation[]::new);
        grants = graph.grants().stream().sorted(Comparator.comparing(Grant::id)).toArray(Grant[]::new);
        grantNumbers = numbers(grants.length, i -> grants[i].id());
        relationFrom = new int[relations.length];
        relationTo = new int[relations.length];
        for (int r = 0; r < relations.length; r++) {
            relationFrom[r] = entityNumbers.get(relations[r].from());
            relationTo[r] = entityNumbers.get(relations[r].to());
        }
        relationGrants = grantLists();
    }

    private static <K> Map<K, Integer> numbers(int size, IntFunction<K> key) {
        Map<K, Integer> map = new HashMap<>(Math.max(16, size * 2));
        for (int i = 0; i < size; i++) {
            map.put(key.apply(i), i);
        }
        return map;
    }

    private EdgeRows grantLists() {
        List<int[]> lists = new ArrayList<>(relations.length);
        for (Relation r : relations) {
            int[] numbers = new int[r.grants().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = grantNumbers.get(r.grants().get(i));
            }
            lists.add(numbers);
        }
        return EdgeRows.ofLists(lists);
    }
}
