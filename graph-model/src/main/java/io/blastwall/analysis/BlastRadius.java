package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Objects;

/**
 * Everything one identity can reach.
 *
 * @param identity the identity analysed
 * @param identities identities reachable over traversable relations (the identity itself excluded), nearest first
 * @param resources resources those identities can access, strongest access kept per resource
 * @param crownJewels crown jewels reached (identities or resources), nearest first
 * @param score total score, the sum of {@code scoreParts}
 * @param scoreParts why the score is what it is
 */
public record BlastRadius(
        EntityId identity,
        List<ReachedIdentity> identities,
        List<ReachedResource> resources,
        List<EntityId> crownJewels,
        double score,
        List<ScorePart> scoreParts) {
    public BlastRadius {
        Objects.requireNonNull(identity, "identity");
        identities = List.copyOf(identities);
        resources = List.copyOf(resources);
        crownJewels = List.copyOf(crownJewels);
        scoreParts = List.copyOf(scoreParts);
    }

    /** Number of identities and resources reached. */
    public int size() {
        return identities.size() + resources.size();
    }
}
