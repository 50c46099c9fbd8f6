package io.blastwall.app.ui.search;

import io.blastwall.model.Entity;
import java.util.Objects;

/**
 * One completion of the search box.
 *
 * @param entity what was found
 * @param listed whether it is an identity of the ranking table (selecting it selects the identity)
 */
public record SearchHit(Entity entity, boolean listed) {
    public SearchHit {
        Objects.requireNonNull(entity, "entity");
    }

    /** "support-agent · AI agent · arn:aws:iam::…". */
    @Override
    public String toString() {
        return entity.name() + " \u00b7 " + entity.kind().label() + " \u00b7 " + entity.id().value();
    }
}
