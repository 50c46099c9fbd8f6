package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.Grant;
import java.util.List;
import java.util.Objects;

/**
 * A set of grants whose removal disconnects an identity from its targets.
 *
 * @param source the identity (or the first of a set) being cut off
 * @param targets the targets that were reachable before
 * @param grants the grants to remove
 * @param cost the summed cost of those grants
 * @param radiusBefore blast-radius size before the cut
 * @param radiusAfter blast-radius size after the cut
 * @param collateral other identities that lose access
 */
public record Cut(
        EntityId source,
        List<EntityId> targets,
        List<Grant> grants,
        double cost,
        int radiusBefore,
        int radiusAfter,
        List<CutCollateral> collateral) {
    public Cut {
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
        grants = List.copyOf(grants);
        collateral = List.copyOf(collateral);
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }
}
