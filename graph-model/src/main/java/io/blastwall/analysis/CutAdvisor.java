package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Suggests the cheapest set of grants to remove so that an identity can no longer reach a set of targets:
 * a minimum weighted s–t cut, computed with Dinic's algorithm on a flow network built only on the part of
 * the graph reachable from the identity. Capacity sits on grants: each grant is an in/out vertex pair
 * joined by an arc of capacity {@link #costOf}; entities and every other arc are infinite. A relation is
 * the chain {@code from → g1in → g1out → g2in → g2out … → to} (its grants in list order: it needs all of
 * them, so removing any one breaks it); parallel relations are separate chains (each is enough on its
 * own); a relation without grants cannot be cut. The targets join a super-sink. The cut grants are read
 * off the residual network. The cheapest cut is not always the one with fewest grants.
 *
 * <p>A grant's vertices are shared by every relation that uses it. That can join the first half of one
 * relation to the second half of another, a path that does not exist, so the network over-approximates
 * reachability: the cut still breaks every real path, but may cost more than the true optimum when grants
 * are shared (an exact answer to "which grants, each removing all relations using it" is NP-hard).
 *
 * <p>Targets that stay reachable whatever is cut, because a path to them uses only relations without
 * grants, are left out of the flow problem: the cut covers the other targets, and those targets are still
 * listed in {@link Cut#targets()} (and still counted in {@link Cut#radiusAfter()}).
 *
 * <p>{@link #plan} answers a {@link CutQuery}: several sources at once (a super-source joined to each by an
 * infinite arc, e.g. every AI agent), grants that must be kept (left out of the chains: they cannot be cut),
 * and a budget. Of the minimum cuts it gives the two extremes read off the residual network: the one nearest
 * the sources (the vertices the super-source still reaches) and the one nearest the targets (all but the
 * vertices that still reach the sink).
 *
 * <p>Collateral: the identities that directly use a cut grant (the source of a relation needing it) or
 * hold it, then those that use them as designed (assume them, run as them; not through the cut's sources), the
 * cut's own sources excepted, each with the entities it would lose from its radius; at most 32 such identities are
 * examined ({@link CutCollateralFinder}). Instances are immutable and safe to share between threads.
 */
public final class CutAdvisor {
    private static final BitSet NOTHING_HIDDEN = new BitSet();

    private final GraphIndex index;
    private final GrantCosts costs;
    private final CutCollateralFinder collateral;

    public CutAdvisor(IdentityGraph graph) {
        this(new GraphIndex(graph));
    }

    CutAdvisor(GraphIndex index) {
        this.index = index;
        this.costs = new GrantCosts(index);
        this.collateral = new CutCollateralFinder(index);
    }

    /**
     * The minimum-cost cut between {@code from} and {@code targets} ({@code from} itself is ignored as a
     * target), the one nearest {@code from} ({@link CutPlan#closest()}). An empty cut, with no targets, when
     * none of them is reachable. Grants are sorted by cost, then id. {@link IllegalArgumentException} when an
     * id is unknown.
     */
    public Cut minimumCut(EntityId from, Set<EntityId> targets) {
        if (targets.isEmpty()) {
            int source = index.require(from);
            int size = new RadiusMembers(index).of(source, NOTHING_HIDDEN).cardinality();
            return new Cut(from, List.of(), List.of(), 0, size, size, List.of());
        }
        return plan(CutQuery.from(from).withTargets(targets)).closest();
    }

    /** {@link #minimumCut} to every crown jewel ({@code Sensitivity.CRITICAL} entity). */
    public Cut minimumCutToCrownJewels(EntityId from) {
        return plan(CutQuery.from(from)).closest();
    }

    /**
     * Both extreme minimum-cost cuts for {@code query}: the one nearest the targets and the one nearest the
     * sources (a set of sources is joined by a super-source). Grants the query keeps are never cut; targets
     * reachable only over relations without a removable grant are listed as uncuttable. The budget is not
     * enforced here: {@link CutPlan#withinBudget()} tells. {@link IllegalArgumentException} for unknown ids.
     */
    public CutPlan plan(CutQuery query) {
        int[] sources = query.sources().stream().mapToInt(index::require).toArray();
        BitSet wanted = new BitSet(index.entityCount());
        if (query.towardsCrownJewels()) {
            for (int v : index.crownJewels()) {
                wanted.set(v);
            }
        } else {
            query.targets().forEach(t -> wanted.set(index.require(t)));
        }
        BitSet keep = new BitSet(index.grantCount());
        for (GrantId g : query.keep()) {
            if (index.grantNumber(g) >= 0) {
                keep.set(index.grantNumber(g));
            }
        }
        for (int s : sources) {
            wanted.clear(s);
        }
        Bfs reach = new Bfs(index).runFrom(sources, NOTHING_HIDDEN);
        BitSet reachable = reachable(reach, wanted, NOTHING_HIDDEN);
        RadiusMembers members = new RadiusMembers(index);
        int before = radiusSize(members, sources, NOTHING_HIDDEN);
        if (reachable.isEmpty()) {
            Cut none = new Cut(index.id(sources[0]), List.of(), List.of(), 0, before, before, List.of());
            return new CutPlan(query, none, none, List.of());
        }
        BitSet removable = relationsWithRemovableGrants(keep);
        BitSet stuck = reachable(new Bfs(index).runFrom(sources, removable), reachable, removable);
        BitSet cuttable = (BitSet) reachable.clone();
        cuttable.andNot(stuck);
        int[] near = new int[0];
        int[] far = new int[0];
        if (!cuttable.isEmpty()) {
            CutNetwork network = CutNetwork.build(index, costs, reach, cuttable, keep).solve(sources);
            near = network.nearSources();
            far = network.nearSink();
        }
        Cut closest = cut(sources, reachable, near, before, members);
        Cut cheapest = Arrays.equals(near, far) ? closest : cut(sources, reachable, far, before, members);
        return new CutPlan(query, cheapest, closest, ids(stuck));
    }

    private Cut cut(int[] sources, BitSet reachable, int[] grantNumbers, int before, RadiusMembers members) {
        BitSet hidden = relationsUsing(grantNumbers);
        int after = radiusSize(members, sources, hidden);
        List<Grant> grants = sortedGrants(grantNumbers);
        return new Cut(index.id(sources[0]), ids(reachable), grants, totalCost(grants), before, after,
                collateral.find(sources, grantNumbers, hidden, members));
    }

    /** The size of the union of the sources' radii (for one source, its radius size). */
    private int radiusSize(RadiusMembers members, int[] sources, BitSet hidden) {
        if (sources.length == 1) {
            return members.of(sources[0], hidden).cardinality();
        }
        BitSet union = new BitSet(index.entityCount());
        for (int s : sources) {
            union.or(members.of(s, hidden));
        }
        for (int s : sources) {
            union.clear(s);
        }
        return union.cardinality();
    }

    /** Relations that removing some grant not in {@code keep} would break. */
    private BitSet relationsWithRemovableGrants(BitSet keep) {
        BitSet removable = new BitSet(index.relationCount());
        RelationGrants grants = index.relationGrants();
        for (int r = 0; r < index.relationCount(); r++) {
            for (int i = 0, n = grants.count(r); i < n && !removable.get(r); i++) {
                removable.set(r, !keep.get(grants.grant(r, i)));
            }
        }
        return removable;
    }

    /**
     * The cost of removing {@code grant}, the sum of {@link #costParts}: 1.00 for any removal; −0.10 for a
     * group membership or trust statement (it takes one principal out of one place, where detaching a
     * policy or deleting a binding usually removes unrelated permissions too); +1.00 when the grant has a
     * known use; +0.25 for each further identity whose relations use it beyond the first, at most 8.
     * Grants outside this graph count no other identities.
     */
    public double costOf(Grant grant) {
        return costs.cost(grant);
    }

    /** Why {@code grant} costs what it costs, one part per rule of {@link #costOf}, in that order. */
    public List<ScorePart> costParts(Grant grant) {
        return costs.explain(grant);
    }

    /** Targets reached by {@code bfs} over traversable relations or by one more visible access relation. */
    private BitSet reachable(Bfs bfs, BitSet targets, BitSet hidden) {
        BitSet found = new BitSet(index.entityCount());
        EdgeRows incoming = index.accessIn();
        for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
            boolean hit = bfs.reached(t);
            for (int e = incoming.begin(t); !hit && e < incoming.end(t); e++) {
                hit = bfs.reached(incoming.target(e)) && !hidden.get(incoming.item(e));
            }
            found.set(t, hit);
        }
        return found;
    }

    private BitSet relationsUsing(int[] grants) {
        BitSet hidden = new BitSet(index.relationCount());
        EdgeRows users = index.grantUsers();
        for (int g : grants) {
            for (int e = users.begin(g); e < users.end(g); e++) {
                hidden.set(users.target(e));
            }
        }
        return hidden;
    }

    private List<Grant> sortedGrants(int[] cut) {
        return Arrays.stream(cut)
                .mapToObj(index::grant)
                .sorted(Comparator.comparingLong(costs::hundredths).thenComparing(Grant::id))
                .toList();
    }

    private double totalCost(List<Grant> grants) {
        return (double) grants.stream().mapToLong(costs::hundredths).sum() / GrantCosts.SCALE;
    }

    private List<EntityId> ids(BitSet entities) {
        return entities.stream().mapToObj(index::id).toList();
    }
}
