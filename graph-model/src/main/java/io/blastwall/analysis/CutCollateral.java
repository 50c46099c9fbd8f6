package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.List;

/** Another identity that loses access when a cut is applied, and what it loses. */
public record CutCollateral(EntityId identity, List<EntityId> lost) {
    public CutCollateral {
        lost = List.copyOf(lost);
    }
}
