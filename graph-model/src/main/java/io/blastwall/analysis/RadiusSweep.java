package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The ranking of every identity by blast radius. All identities of one strongly connected component of the
 * traversable graph have the same acting set (the component plus everything it reaches), hence the same
 * resources; only "itself" differs. So the sweep runs one search per component that holds an identity and
 * derives each member's exact counts and score by taking the member itself out.
 */
final class RadiusSweep {
    static final Comparator<RadiusSummary> RANKING = Comparator.comparingDouble(RadiusSummary::score)
            .reversed()
            .thenComparing(RadiusSummary::identity);
    private static final BitSet NOTHING_HIDDEN = new BitSet();
    private static final String MESSAGE = "Computing blast radii";

    private final GraphIndex index;
    private final StrongComponents components;

    RadiusSweep(GraphIndex index, StrongComponents components) {
        this.index = index;
        this.components = components;
    }

    /** Every identity's summary, best score first; throws {@link CancellationException} when interrupted. */
    List<RadiusSummary> run(ProgressListener progress) {
        int total = identityCount();
        List<RadiusSummary> summaries = new ArrayList<>(total);
        Bfs bfs = new Bfs(index);
        ResourceLevels levels = new ResourceLevels(index);
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
            ScoreCard card = acting(bfs.run(representative, NOTHING_HIDDEN), levels);
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

    private int firstIdentity(int c) {
        for (int p = components.memberBegin(c); p < components.memberEnd(c); p++) {
            if (index.isIdentity(components.member(p))) {
                return components.member(p);
            }
        }
        return -1;
    }

    /** The score card of the whole acting set, the representative included. */
    private ScoreCard acting(Bfs bfs, ResourceLevels levels) {
        ScoreCard card = new ScoreCard();
        for (int i = 0; i < bfs.count(); i++) {
            int v = bfs.vertex(i);
            if (index.isIdentity(v)) {
                card.addIdentity(index.entity(v).sensitivity());
                countJewel(v, card);
            }
        }
        levels.collect(bfs, NOTHING_HIDDEN);
        for (int i = 0; i < levels.count(); i++) {
            int r = levels.resource(i);
            card.addResource(levels.level(r), index.entity(r).sensitivity());
            countJewel(r, card);
        }
        return card;
    }

    private void countJewel(int v, ScoreCard card) {
        if (index.isCrownJewel(v)) {
            card.addCrownJewel();
        }
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
                - ScoreCard.identityPoints(index.entity(x).sensitivity())
                - (jewel ? ScoreCard.CROWN_JEWEL_POINTS : 0);
        return new RadiusSummary(index.id(x), card.identities() - 1, card.resources(),
                card.crownJewels() - (jewel ? 1 : 0), points);
    }
}
