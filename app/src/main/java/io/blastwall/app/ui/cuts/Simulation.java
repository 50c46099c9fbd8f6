package io.blastwall.app.ui.cuts;

import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.CutCollateral;
import io.blastwall.app.ui.common.Formats;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cut tried on the analysis (nothing is stored): the identity's radius before and after removing its grants.
 *
 * @param removed the grants pretended removed
 * @param before the radius as imported
 * @param after the radius with those grants removed
 * @param collateral other identities that lose access, and what they lose
 */
public record Simulation(Set<GrantId> removed, BlastRadius before, BlastRadius after, List<CutCollateral> collateral) {
    public Simulation {
        removed = Set.copyOf(removed);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        collateral = List.copyOf(collateral);
    }

    /** "Radius 42 → 12 (−30) · crown jewels 3 → 0 · score 512 → 40". */
    public String delta() {
        return "Radius " + before.size() + " \u2192 " + after.size() + " (" + signed(after.size() - before.size()) + ")"
                + " \u00b7 crown jewels " + before.crownJewels().size() + " \u2192 " + after.crownJewels().size()
                + " \u00b7 score " + Formats.score(before.score()) + " \u2192 "
                + Formats.score(after.score());
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "\u00b10";
    }
}
