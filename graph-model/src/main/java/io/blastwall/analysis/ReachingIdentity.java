package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.Objects;

/** An identity whose blast radius holds a given entity, and in how many hops it gets there. */
public record ReachingIdentity(EntityId identity, int hops) {
    public ReachingIdentity {
        Objects.requireNonNull(identity, "identity");
        if (hops < 1) {
            throw new IllegalArgumentException("an identity reaches something else in at least one hop");
        }
    }
}
