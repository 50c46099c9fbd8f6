package io.blastwall.app.report;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.Cut;
import io.blastwall.model.Entity;
import java.util.List;
import java.util.Objects;

/**
 * The details of one identity: its radius, its paths to crown jewels and the cuts that close them.
 *
 * @param cut the cheapest cut (of the minimum-cost cuts, the one nearest the targets)
 * @param closestCut the minimum-cost cut nearest the identity; equal to {@code cut} when there is one choice
 */
public record IdentitySection(Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut, Cut closestCut) {
    public IdentitySection {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(radius, "radius");
        paths = List.copyOf(paths);
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(closestCut, "closestCut");
    }

    /** A section with a single cut. */
    public IdentitySection(Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut) {
        this(identity, radius, paths, cut, cut);
    }

    /** True when the cut nearest the identity removes other grants than the cheapest one. */
    public boolean closestDiffers() {
        return !cut.grants().equals(closestCut.grants());
    }
}
