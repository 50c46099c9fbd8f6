package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.Objects;

/** An identity inside a blast radius, with its distance and the shortest path there. */
public record ReachedIdentity(EntityId identity, int hops, AttackPath path) {
    public ReachedIdentity {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(path, "path");
    }
}
