package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A compact, immutable int view of an {@link IdentityGraph}, built once and shared by the analyses.
 * Entities, relations and grants are numbered in id order; out-edges live in CSR arrays (one set for
 * traversable relations, one for {@link RelationKind#CAN_ACCESS}, one for incoming access), and each
 * source's edges are in relation id order, which makes every search deterministic.
 */
final class GraphIndex {
    private final IdentityGraph graph;
    private final Entity[] entities;
    private final Map<EntityId, Integer> entityNumbers;
    private final Relation[] relations;
    private final int[] relationFrom;
    private final int[] relationTo;
    private final Grant[] grants;
    private final Map<GrantId, Integer> grantNumbers;
    private final EdgeRows relationGrants;
    private final EdgeRows grantUsers;
    private final EdgeRows traversable;
    private final EdgeRows access;
    private final EdgeRows accessIn;
    private final EdgeRows traversableToNonIdentities;
    private final boolean[] identity;
    private final boolean[] crownJewel;

    GraphIndex(IdentityGraph graph) {
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
        grantUsers = relationGrants.reversed(grants.length);
        traversable = EdgeRows.of(entities.length, relationFrom, relationTo, r -> relations[r].isTraversable());
        IntPredicate isAccess = r -> relations[r].kind() == RelationKind.CAN_ACCESS;
        access = EdgeRows.of(entities.length, relationFrom, relationTo, isAccess);
        accessIn = EdgeRows.of(entities.length, relationTo, relationFrom, isAccess);
        traversableToNonIdentities = EdgeRows.of(entities.length, relationFrom, relationTo,
                r -> relations[r].isTraversable() && !identity[relationTo[r]]);
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

    IdentityGraph graph() {
        return graph;
    }

    int entityCount() {
        return entities.length;
    }

    int relationCount() {
        return relations.length;
    }

    int grantCount() {
        return grants.length;
    }

    Entity entity(int v) {
        return entities[v];
    }

    EntityId id(int v) {
        return entities[v].id();
    }

    boolean isIdentity(int v) {
        return identity[v];
    }

    boolean isCrownJewel(int v) {
        return crownJewel[v];
    }

    /** The number of an entity, or an {@link IllegalArgumentException} naming the unknown id. */
    int require(EntityId id) {
        Integer v = entityNumbers.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no entity " + id + " in this graph");
        }
        return v;
    }

    /** The number of a grant, or -1 when the grant is not in this graph. */
    int grantNumber(GrantId id) {
        return grantNumbers.getOrDefault(id, -1);
    }

    Relation relation(int r) {
        return relations[r];
    }

    int from(int r) {
        return relationFrom[r];
    }

    int to(int r) {
        return relationTo[r];
    }

    Grant grant(int g) {
        return grants[g];
    }

    /** Grants of relation {@code r}, as {@link EdgeRows} rows: grant numbers in the relation's list order. */
    EdgeRows relationGrants() {
        return relationGrants;
    }

    /** Relations using each grant, as {@link EdgeRows} rows keyed by grant number. */
    EdgeRows grantUsers() {
        return grantUsers;
    }

    EdgeRows traversable() {
        return traversable;
    }

    EdgeRows access() {
        return access;
    }

    /** The traversable edges whose target is not an identity (an account reached by ADMIN_OF, say). */
    EdgeRows traversableToNonIdentities() {
        return traversableToNonIdentities;
    }

    /** Incoming {@code CAN_ACCESS} edges: rows keyed by the accessed entity, targets are the sources. */
    EdgeRows accessIn() {
        return accessIn;
    }

    List<Grant> grantsOf(int r) {
        List<Grant> list = new ArrayList<>(relationGrants.degree(r));
        for (int e = relationGrants.begin(r); e < relationGrants.end(r); e++) {
            list.add(grants[relationGrants.target(e)]);
        }
        return list;
    }

    int[] crownJewels() {
        return IntStream.range(0, entities.length).filter(this::isCrownJewel).toArray();
    }
}
