package io.blastwall.app.report;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.Cut;
import io.blastwall.model.Entity;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The details of one identity: its radius, its paths to crown jewels and the cuts that close them.
 *
 * @param cut the cheapest cut (of the minimum-cost cuts, the one nearest the targets)
 * @param closestCut the minimum-cost cut nearest the identity; equal to {@code cut} when there is one choice
 * @param simulated the grants of the cut the analyst simulated in the window before exporting; empty when none
 */
public record IdentitySection(
        Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut, Cut closestCut, Set<GrantId> simulated) {
    public IdentitySection {
        simulated = Set.copyOf(simulated);
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(radius, "radius");
        paths = List.copyOf(paths);
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(closestCut, "closestCut");
    }

    /** A section with no simulated cut. */
    public IdentitySection(Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut, Cut closestCut) {
        this(identity, radius, paths, cut, closestCut, Set.of());
    }

    /** A section with a single cut. */
    public IdentitySection(Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut) {
        this(identity, radius, paths, cut, cut, Set.of());
    }

    /** Whether {@code c} removes exactly the grants the analyst simulated in the window. */
    public boolean isSimulated(Cut c) {
        return !simulated.isEmpty() && c.grants().stream().map(Grant::id).collect(Collectors.toSet()).equals(simulated);
    }

    /** True when the cut nearest the identity removes other grants than the cheapest one. */
    public boolean closestDiffers() {
        return !cut.grants().equals(closestCut.grants());
    }
}
