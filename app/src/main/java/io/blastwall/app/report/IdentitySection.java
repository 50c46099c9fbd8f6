package io.blastwall.app.report;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.Cut;
import io.blastwall.model.Entity;
import java.util.List;
import java.util.Objects;

/** The details of one identity: its radius, its paths to crown jewels and the cut that closes them. */
public record IdentitySection(Entity identity, BlastRadius radius, List<AttackPath> paths, Cut cut) {
    public IdentitySection {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(radius, "radius");
        paths = List.copyOf(paths);
        Objects.requireNonNull(cut, "cut");
    }
}
