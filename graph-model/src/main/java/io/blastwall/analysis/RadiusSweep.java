package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The ranking of every identity by blast radius, exact and equal to {@link BlastRadiusAnalyzer#radius}.
 * All identities of one strongly connected component of the traversable graph have the same acting set
 * (the component plus everything it reaches), hence the same resources; only "itself" differs. So the
 * sweep computes one score card per component that holds an identity, in reverse topological order, and
 * derives each member's counts and score by taking the member itself out. A component that other
 * components reach and whose closure adds at least {@link #HUB_MIN_SIZE} entities to the hub it started
 * from is kept as a {@link ClosureHub} (within a memory budget), so that a thousand service accounts
 * assuming roles of one big component do not search it a thousand times.
 */
final class RadiusSweep {
    static final Comparator<RadiusSummary> RANKING = Comparator.comparingDouble(RadiusSummary::score)
            .reversed()
            .thenComparing(RadiusSummary::identity);
    /** Closures that add fewer entities than this are cheaper to search again than to keep. */
    static final int HUB_MIN_SIZE = 256;
    /** Heap the hubs may hold in all. */
    static final long HUB_BUDGET_BYTES = 64L << 20;
    private static final String MESSAGE = "Computing blast radii";

    private final GraphIndex index;
    private final StrongComponents components;
    private final int hubMinSize;

    RadiusSweep(GraphIndex index, StrongComponents components) {
        this(index, components, HUB_MIN_SIZE);
    }

    /** With hubs from {@code hubMinSize} entities on (tests use 1 to make every component a hub). */
    RadiusSweep(GraphIndex index, StrongComponents components, int hubMinSize) {
        this.index = index;
        this.components = components;
        this.hubMinSize = hubMinSize;
    }

    /** Every identity's summary, best score first; throws {@link CancellationException} when interrupted. */
    List<RadiusSummary> run(ProgressListener progress) {
        int total = identityCount();
        List<RadiusSummary> summaries = new ArrayList<>(total);
        ClosureHub[] hubs = new ClosureHub[components.count()];
        boolean[] reachedFromOutside = reachedFromOutside();
        ComponentClosure closure = new ComponentClosure(index, components, hubs);
        long budget = HUB_BUDGET_BYTES;
        int step = Math.max(1, total / 200);
        int reported = 0;
        progress.progress(MESSAGE, 0, total);
        for (int c = 0; c < components.count(); c++) {
            int representative = firstIdentity(c);
            if (representative < 0) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("blast-radius sweep interrupted");
            }
            ScoreCard card = closure.compute(c, representative);
            if (reachedFromOutside[c] && closure.newEntities() >= hubMinSize && budget > 0) {
                hubs[c] = closure.toHub(card);
                budget -= hubs[c].bytes();
            }
            addMembers(c, card, summaries);
            if (summaries.size() - reported >= step) {
                reported = summaries.size();
                progress.progress(MESSAGE, reported, total);
            }
        }
        progress.progress(MESSAGE, total, total);
        summaries.sort(RANKING);
        return summaries;
    }

    private int identityCount() {
        int n = 0;
        for (int v = 0; v < index.entityCount(); v++) {
            n += index.isIdentity(v) ? 1 : 0;
        }
        return n;
    }

    /** Components entered by a traversable relation from another component: only those can serve as hubs. */
    private boolean[] reachedFromOutside() {
        boolean[] entered = new boolean[components.count()];
        EdgeRows edges = index.traversable();
        for (int u = 0; u < index.entityCount(); u++) {
            for (int e = edges.begin(u); e < edges.end(u); e++) {
                int target = components.componentOf(edges.target(e));
                entered[target] |= target != components.componentOf(u);
            }
        }
        return entered;
    }

    private int firstIdentity(int c) {
        for (int p = components.memberBegin(c); p < components.memberEnd(c); p++) {
            if (index.isIdentity(components.member(p))) {
                return components.member(p);
            }
        }
        return -1;
    }

    private void addMembers(int c, ScoreCard card, List<RadiusSummary> summaries) {
        for (int p = components.memberBegin(c); p < components.memberEnd(c); p++) {
            int x = components.member(p);
            if (index.isIdentity(x)) {
                summaries.add(withoutItself(x, card));
            }
        }
    }

    private RadiusSummary withoutItself(int x, ScoreCard card) {
        boolean jewel = index.isCrownJewel(x);
        long points = card.points()
                - ScoreCard.identityPoints(index.sensitivity(x))
                - (jewel ? ScoreCard.CROWN_JEWEL_POINTS : 0);
        return new RadiusSummary(index.id(x), card.identities() - 1, card.resources(),
                card.crownJewels() - (jewel ? 1 : 0), points);
    }
}
