package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import java.util.List;
import java.util.Objects;

/**
 * What one identity gained or lost between two analyses (two snapshots, or before and after a what-if).
 *
 * @param identity the identity
 * @param presence whether it exists on both sides
 * @param identitiesGained identities newly in its radius, in id order
 * @param identitiesLost identities no longer in its radius, in id order
 * @param resources resources gained, lost or at another access level, in id order. An identity it acts as on
 *     one side and can only access on the other (its own {@code sts:AssumeRole} permission on a role whose trust
 *     was removed, say) is an identity gained or lost, never a resource gained or lost
 * @param crownJewelsGained crown jewels newly reached (by the marking of the later side), in id order
 * @param crownJewelsLost crown jewels no longer reached (by the marking of the earlier side), in id order
 * @param identitiesStillAccessed those of {@code identitiesLost} it can still access (a {@code CAN_ACCESS}
 *     relation, which names the identity but does not let it act as it), in id order
 */
public record IdentityDiff(
        EntityId identity,
        Presence presence,
        List<EntityId> identitiesGained,
        List<EntityId> identitiesLost,
        List<AccessChange> resources,
        List<EntityId> crownJewelsGained,
        List<EntityId> crownJewelsLost,
        List<EntityId> identitiesStillAccessed) {

    /** Whether the identity is on both sides, only the later one or only the earlier one. */
    public enum Presence {
        BOTH,
        ADDED,
        REMOVED
    }

    public IdentityDiff {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(presence, "presence");
        identitiesGained = List.copyOf(identitiesGained);
        identitiesLost = List.copyOf(identitiesLost);
        resources = List.copyOf(resources);
        crownJewelsGained = List.copyOf(crownJewelsGained);
        crownJewelsLost = List.copyOf(crownJewelsLost);
        identitiesStillAccessed = List.copyOf(identitiesStillAccessed);
        if (!identitiesLost.containsAll(identitiesStillAccessed)) {
            throw new IllegalArgumentException("identities still accessed must be identities lost");
        }
    }

    /** A diff in which no identity lost is still accessed. */
    public IdentityDiff(EntityId identity, Presence presence, List<EntityId> identitiesGained,
            List<EntityId> identitiesLost, List<AccessChange> resources, List<EntityId> crownJewelsGained,
            List<EntityId> crownJewelsLost) {
        this(identity, presence, identitiesGained, identitiesLost, resources, crownJewelsGained, crownJewelsLost,
                List.of());
    }

    public List<AccessChange> resourcesGained() {
        return resources.stream().filter(AccessChange::gained).toList();
    }

    public List<AccessChange> resourcesLost() {
        return resources.stream().filter(AccessChange::lost).toList();
    }

    public List<AccessChange> accessChanged() {
        return resources.stream().filter(AccessChange::levelChanged).toList();
    }

    /** True when its radius is the same on both sides. */
    public boolean isUnchanged() {
        return identitiesGained.isEmpty() && identitiesLost.isEmpty() && resources.isEmpty()
                && crownJewelsGained.isEmpty() && crownJewelsLost.isEmpty();
    }
}
