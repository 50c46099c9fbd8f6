package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import java.util.Objects;
import java.util.Set;

/**
 * A resource inside a blast radius: the strongest access level any reached identity has on it, the
 * fewest hops to it (the access hop included) and the shortest path that gives that access.
 */
public record ReachedResource(EntityId resource, AccessLevel access, Set<String> actions, int hops, AttackPath path) {
    public ReachedResource {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(access, "access");
        actions = Set.copyOf(actions);
        Objects.requireNonNull(path, "path");
    }
}
