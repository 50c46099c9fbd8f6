package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import java.util.Objects;

/**
 * How one resource's access level in a blast radius changed; {@link AccessLevel#NONE} on a side means the
 * resource was not in the radius there.
 */
public record AccessChange(EntityId resource, AccessLevel before, AccessLevel after) {
    public AccessChange {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before == after) {
            throw new IllegalArgumentException("no change of access to " + resource);
        }
    }

    public boolean gained() {
        return before == AccessLevel.NONE;
    }

    public boolean lost() {
        return after == AccessLevel.NONE;
    }

    /** Reached on both sides, at a different level. */
    public boolean levelChanged() {
        return !gained() && !lost();
    }
}
