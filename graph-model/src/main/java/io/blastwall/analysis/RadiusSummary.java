package io.blastwall.analysis;

import io.blastwall.model.EntityId;

/** One row of the all-identities ranking. */
public record RadiusSummary(EntityId identity, int identitiesReached, int resourcesReached, int crownJewelsReached, double score) {
    public int size() {
        return identitiesReached + resourcesReached;
    }
}
