package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
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
 * {@code CAN_ACCESS} rows carry each relation's access level beside its target, so a search never reads the
 * {@link Relation} records; the view with nothing hidden uses the numbering's rows as they are.
 */
final class GraphIndex {
    private static final AccessLevel[] LEVELS = AccessLevel.values();
    private static final Sensitivity[] SENSITIVITIES = Sensitivity.values();

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
        if (hidden.isEmpty()) {
            grantUsers = numbering.grantUsers;
            traversable = numbering.traversable;
            traversableIn = numbering.traversableIn;
            access = numbering.access;
            accessIn = numbering.accessIn;
        } else {
            IntPredicate visible = r -> !hidden.get(r);
            grantUsers = numbering.grantUsers.filterItems(visible);
            traversable = numbering.traversable.filterItems(visible);
            traversableIn = numbering.traversableIn.filterItems(visible);
            access = numbering.access.filterItems(visible);
            accessIn = numbering.accessIn.filterItems(visible);
        }
        boolean[] identity = numbering.identity;
        int[] targets = traversable.targets();
        traversableToNonIdentities = traversable.filter(e -> !identity[targets[e]]);
    }

    /**
     * A view of the same graph in which the relations set in {@code more} (and those this view already hides)
     * do not exist. Entities, relations and grants keep their numbers and objects; only the int edge rows are
     * filtered, in time linear in the number of relations.
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

    /** The entity's sensitivity, from a byte array (no visit to the entity). */
    Sensitivity sensitivity(int v) {
        return SENSITIVITIES[numbering.sensitivity[v]];
    }

    boolean isCrownJewel(int v) {
        return numbering.crownJewel[v];
    }

    /** Identity flags by entity number (read-only: shared by every view). */
    boolean[] identityFlags() {
        return numbering.identity;
    }

    /** The number of an entity, or an {@link IllegalArgumentException} naming the unknown id. */
    int require(EntityId id) {
        int v = numbering.entityNumber(id);
        if (v < 0) {
            throw new IllegalArgumentException("no entity " + id + " in this graph");
        }
        return v;
    }

    /** The number of a grant, or -1 when the grant is not in this graph. */
    int grantNumber(GrantId id) {
        return numbering.grantNumber(id);
    }

    Relation relation(int r) {
        return numbering.relations[r];
    }

    int from(int r) {
        return numbering.relationFrom[r];
    }

    /** The target of relation {@code r}: found by id (binary search), as no array holds it; not for hot loops. */
    int to(int r) {
        return require(numbering.relations[r].to());
    }

    /** The access level of a {@code CAN_ACCESS} relation, {@link AccessLevel#NONE} for others. */
    static AccessLevel level(int ordinal) {
        return LEVELS[ordinal];
    }

    Grant grant(int g) {
        return numbering.grants[g];
    }

    /** Grants of each relation: grant numbers in the relation's list order. */
    RelationGrants relationGrants() {
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

    /** Outgoing {@code CAN_ACCESS} edges, with each relation's access level ordinal ({@link EdgeRows#level}). */
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
        RelationGrants relationGrants = numbering.relationGrants;
        int n = relationGrants.count(r);
        List<Grant> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(numbering.grants[relationGrants.grant(r, i)]);
        }
        return list;
    }

    int[] crownJewels() {
        return IntStream.range(0, numbering.entities.length).filter(this::isCrownJewel).toArray();
    }
}
