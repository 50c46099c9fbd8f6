package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Objects;

/**
 * Everything one identity can reach. The radii {@link BlastRadiusAnalyzer} makes hold their identities and
 * resources as int arrays and make each {@link ReachedIdentity} and {@link ReachedResource} (with its path) when
 * the list element is read, so a radius of 100,000 resources is cheap until its rows are shown; each read makes
 * a new, equal value (keep it if it is read often). The lists are unmodifiable either way.
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
        identities = identities instanceof RowList<ReachedIdentity> ? identities : List.copyOf(identities);
        resources = resources instanceof RowList<ReachedResource> ? resources : List.copyOf(resources);
        crownJewels = List.copyOf(crownJewels);
        scoreParts = List.copyOf(scoreParts);
    }

    /** Number of identities and resources reached. */
    public int size() {
        return identities.size() + resources.size();
    }
}
