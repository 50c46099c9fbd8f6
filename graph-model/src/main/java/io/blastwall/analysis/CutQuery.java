package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a cut should achieve: cut every identity of {@code sources} (one identity, or a set such as all AI
 * agents, joined by a super-source) off from {@code targets}, never removing a grant of {@code keep}, for at
 * most {@code maxCost}.
 *
 * @param sources the identities to cut off; at least one
 * @param targets the entities they must no longer reach; empty means every crown jewel
 * @param keep grants that must not be removed (they get infinite capacity)
 * @param maxCost the budget; {@link Double#POSITIVE_INFINITY} for none
 */
public record CutQuery(Set<EntityId> sources, Set<EntityId> targets, Set<GrantId> keep, double maxCost) {
    public CutQuery {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a cut needs at least one source identity");
        }
        if (Double.isNaN(maxCost) || maxCost < 0) {
            throw new IllegalArgumentException("the maximum cost must be zero or more, not " + maxCost);
        }
        sources = sorted(sources);
        targets = sorted(targets);
        keep = sorted(keep);
    }

    private static <T extends Comparable<T>> Set<T> sorted(Set<T> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }

    /** Cut {@code sources} off from every crown jewel, any grant removable, no budget. */
    public static CutQuery from(Set<EntityId> sources) {
        return new CutQuery(sources, Set.of(), Set.of(), Double.POSITIVE_INFINITY);
    }

    public static CutQuery from(EntityId source) {
        return from(Set.of(source));
    }

    /** The same query towards {@code newTargets} (empty: every crown jewel). */
    public CutQuery withTargets(Set<EntityId> newTargets) {
        return new CutQuery(sources, newTargets, keep, maxCost);
    }

    /** The same query, never removing any grant of {@code kept}. */
    public CutQuery keeping(Set<GrantId> kept) {
        return new CutQuery(sources, targets, kept, maxCost);
    }

    public CutQuery withMaxCost(double budget) {
        return new CutQuery(sources, targets, keep, budget);
    }

    public boolean towardsCrownJewels() {
        return targets.isEmpty();
    }

    public boolean hasBudget() {
        return maxCost != Double.POSITIVE_INFINITY;
    }
}
