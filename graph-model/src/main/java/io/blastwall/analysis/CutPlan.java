package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link CutQuery}: two minimum-cost cuts and what no cut can close.
 *
 * <p>Both cuts cost the same (the minimum); they differ only when several cuts reach that minimum.
 * {@code cheapest} is the one nearest the targets: it removes the least from the identities' own blast radius,
 * so it is the one to apply by default. {@code closest} is the one nearest the identities (the smallest set of
 * entities they keep): it removes access at the identity itself, before it fans out.
 *
 * @param query what was asked
 * @param cheapest the minimum-cost cut nearest the targets
 * @param closest the minimum-cost cut nearest the identities
 * @param uncuttable targets that stay reachable whatever is cut (only relations without removable grants lead
 *     there); the cuts cover the other targets
 */
public record CutPlan(CutQuery query, Cut cheapest, Cut closest, List<EntityId> uncuttable) {
    public CutPlan {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(cheapest, "cheapest");
        Objects.requireNonNull(closest, "closest");
        uncuttable = List.copyOf(uncuttable);
    }

    /** True when the cheapest cut costs no more than the query's budget. */
    public boolean withinBudget() {
        return cheapest.cost() <= query.maxCost() + 1e-9;
    }

    /** True when the cut nearest the identities removes other grants than the cheapest one. */
    public boolean closestDiffers() {
        return !cheapest.grants().equals(closest.grants());
    }
}
