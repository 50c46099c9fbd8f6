package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import io.blastwall.model.IdentityGraph;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
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
 * <p>Collateral: the identities that directly use a cut grant (the source of a relation needing it) or
 * hold it, the cut's own source excepted, each with the entities it would lose from its radius; at most
 * 32 such identities are examined, in id order. Instances are immutable and safe to share between threads.
 */
public final class CutAdvisor {
    private static final BitSet NOTHING_HIDDEN = new BitSet();

    private final GraphIndex index;
    private final GrantCosts costs;
    private final BitSet relationsWithGrants;
    private final CutCollateralFinder collateral;

    public CutAdvisor(IdentityGraph graph) {
        this(new GraphIndex(graph));
    }

    CutAdvisor(GraphIndex index) {
        this.index = index;
        this.costs = new GrantCosts(index);
        this.collateral = new CutCollateralFinder(index);
        relationsWithGrants = new BitSet(index.relationCount());
        for (int r = 0; r < index.relationCount(); r++) {
            relationsWithGrants.set(r, index.relationGrants().degree(r) > 0);
        }
    }

    /**
     * The minimum-cost cut between {@code from} and {@code targets} ({@code from} itself is ignored as a
     * target). An empty cut, with no targets, when none of them is reachable. Grants are sorted by cost,
     * then id. {@link IllegalArgumentException} when an id is unknown.
     */
    public Cut minimumCut(EntityId from, Set<EntityId> targets) {
        int source = index.require(from);
        BitSet wanted = new BitSet(index.entityCount());
        targets.forEach(t -> wanted.set(index.require(t)));
        wanted.clear(source);
        Bfs reach = new Bfs(index).run(source, NOTHING_HIDDEN);
        BitSet reachable = reachable(reach, wanted, NOTHING_HIDDEN);
        RadiusMembers members = new RadiusMembers(index);
        int before = members.of(source, NOTHING_HIDDEN).cardinality();
        if (reachable.isEmpty()) {
            return new Cut(from, List.of(), List.of(), 0, before, before, List.of());
        }
        BitSet cuttable = (BitSet) reachable.clone();
        Bfs free = new Bfs(index).run(source, relationsWithGrants);
        cuttable.andNot(reachable(free, reachable, relationsWithGrants));
        int[] cut = cuttable.isEmpty() ? new int[0]
                : CutNetwork.build(index, costs, reach, cuttable).minimumCut(source);
        BitSet hidden = relationsUsing(cut);
        int after = members.of(source, hidden).cardinality();
        List<Grant> grants = sortedGrants(cut);
        return new Cut(from, ids(reachable), grants, totalCost(grants), before, after,
                collateral.find(source, cut, hidden, members));
    }

    /** {@link #minimumCut} to every crown jewel ({@code Sensitivity.CRITICAL} entity). */
    public Cut minimumCutToCrownJewels(EntityId from) {
        Set<EntityId> jewels = new HashSet<>();
        for (int v : index.crownJewels()) {
            jewels.add(index.id(v));
        }
        return minimumCut(from, jewels);
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
