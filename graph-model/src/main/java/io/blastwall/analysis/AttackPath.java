package io.blastwall.analysis;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Objects;

/** A sequence of hops from an identity to a target; every hop carries its evidence. */
public record AttackPath(EntityId source, EntityId target, List<PathStep> steps) {
    public AttackPath {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
    }

    public int hops() {
        return steps.size();
    }

    /** The weakest confidence along the path. */
    public Confidence confidence() {
        Confidence c = Confidence.PROVEN;
        for (PathStep s : steps) {
            c = c.weakest(s.relation().confidence());
        }
        return c;
    }
}
