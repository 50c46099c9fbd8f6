package io.blastwall.analysis;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A compact, immutable int view of an {@link IdentityGraph}, built once and shared by the analyses.
 * Entities, relations and grants are numbered in id order ({@link GraphNumbering}, shared by all views of
 * one graph); edges live in CSR arrays (traversable relations out and in, {@link RelationKind#CAN_ACCESS}
 * out and in), and each source's edges are in relation id order, which makes every search deterministic.
 * A view made by {@link #without} hides relations (a what-if with grants removed) without copying the graph.
 */
final class GraphIndex {
    private final GraphNumbering numbering;
    private final BitSet hidden;
    private final EdgeRows grantUsers;
    private final EdgeRows traversable;
    private final EdgeRows traversableIn;
    private final EdgeRows access;
    private final EdgeRows accessIn;
    private final EdgeRows traversableToNonIdentities;

    GraphIndex(IdentityGraph graph) {
        this(new GraphNumbering(graph), new BitSet());
    }

    private GraphIndex(GraphNumbering numbering, BitSet hidden) {
        this.numbering = numbering;
        this.hidden = hidden;
        int n = numbering.entities.length;
        int[] from = numbering.relationFrom;
        int[] to = numbering.relationTo;
        Relation[] relations = numbering.relations;
        IntPredicate visible = r -> !hidden.get(r);
        grantUsers = numbering.relationGrants.reversed(numbering.grants.length, visible);
        IntPredicate isTraversable = r -> visible.test(r) && relations[r].isTraversable();
        traversable = EdgeRows.of(n, from, to, isTraversable);
        traversableIn = EdgeRows.of(n, to, from, isTraversable);
        IntPredicate isAccess = r -> visible.test(r) && relations[r].kind() == RelationKind.CAN_ACCESS;
        access = EdgeRows.of(n, from, to, isAccess);
        accessIn = EdgeRows.of(n, to, from, isAccess);
        traversableToNonIdentities = EdgeRows.of(n, from, to,
                r -> isTraversable.test(r) && !numbering.identity[to[r]]);
    }

    /**
     * A view of the same graph in which the relations set in {@code more} (and those this view already hides)
     * do not exist. Entities, relations and grants keep their numbers and objects; only the int edge rows are
     * rebuilt, in time linear in the number of relations.
     */
    GraphIndex without(BitSet more) {
        BitSet all = (BitSet) hidden.clone();
        all.or(more);
        return new GraphIndex(numbering, all);
    }

    IdentityGraph graph() {
        return numbering.graph;
    }

    int entityCount() {
        return numbering.entities.length;
    }

    int relationCount() {
        return numbering.relations.length;
    }

    int grantCount() {
        return numbering.grants.length;
    }

    Entity entity(int v) {
        return numbering.entities[v];
    }

    EntityId id(int v) {
        return numbering.entities[v].id();
    }

    boolean isIdentity(int v) {
        return numbering.identity[v];
    }

    boolean isCrownJewel(int v) {
        return numbering.crownJewel[v];
    }

    /** The number of an entity, or an {@link IllegalArgumentException} naming the unknown id. */
    int require(EntityId id) {
        Integer v = numbering.entityNumbers.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no entity " + id + " in this graph");
        }
        return v;
    }

    /** The number of a grant, or -1 when the grant is not in this graph. */
    int grantNumber(GrantId id) {
        return numbering.grantNumbers.getOrDefault(id, -1);
    }

    Relation relation(int r) {
        return numbering.relations[r];
    }

    int from(int r) {
        return numbering.relationFrom[r];
    }

    int to(int r) {
        return numbering.relationTo[r];
    }

    Grant grant(int g) {
        return numbering.grants[g];
    }

    /** Grants of relation {@code r}, as {@link EdgeRows} rows: grant numbers in the relation's list order. */
    EdgeRows relationGrants() {
        return numbering.relationGrants;
    }

    /** Relations using each grant, as {@link EdgeRows} rows keyed by grant number. */
    EdgeRows grantUsers() {
        return grantUsers;
    }

    EdgeRows traversable() {
        return traversable;
    }

    /** Incoming traversable edges: rows keyed by the target, targets are the sources. */
    EdgeRows traversableIn() {
        return traversableIn;
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
        EdgeRows relationGrants = numbering.relationGrants;
        List<Grant> list = new ArrayList<>(relationGrants.degree(r));
        for (int e = relationGrants.begin(r); e < relationGrants.end(r); e++) {
            list.add(numbering.grants[relationGrants.target(e)]);
        }
        return list;
    }

    int[] crownJewels() {
        return IntStream.range(0, numbering.entities.length).filter(this::isCrownJewel).toArray();
    }
}
