package io.blastwall.app.ui.graph;

import io.blastwall.app.ui.common.Formats;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What removing some grants does to one identity's blast radius: the figures before and after and what is
 * no longer reached.
 *
 * @param identity the identity whose radius was simulated
 * @param removedGrants the grants pretended removed
 * @param before the radius as imported
 * @param after the radius without the grants
 * @param lostIdentities identities reached before and not after, nearest first
 * @param lostResources resources reached before and not after, nearest first
 * @param lostCrownJewels crown jewels reached before and not after
 */
public record RadiusSimulation(
        EntityId identity,
        Set<GrantId> removedGrants,
        RadiusFigures before,
        RadiusFigures after,
        List<EntityId> lostIdentities,
        List<EntityId> lostResources,
        List<EntityId> lostCrownJewels) {
    public RadiusSimulation {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        removedGrants = Set.copyOf(removedGrants);
        lostIdentities = List.copyOf(lostIdentities);
        lostResources = List.copyOf(lostResources);
        lostCrownJewels = List.copyOf(lostCrownJewels);
    }

    /** "Without 2 grants: identities 5 → 2, resources 16 → 1, crown jewels 2 → 0, score 224 → 12". */
    public String summary() {
        return String.format(Locale.ROOT, "Without %s: identities %d \u2192 %d, resources %d \u2192 %d, "
                        + "crown jewels %d \u2192 %d, score %s \u2192 %s",
                Formats.count(removedGrants.size(), "grant", "grants"),
                before.identities(), after.identities(),
                before.resources(), after.resources(),
                before.crownJewels(), after.crownJewels(),
                Formats.score(before.score()), Formats.score(after.score()));
    }

    /** Whether the removal changes what is reached at all. */
    public boolean changesTheRadius() {
        return !lostIdentities.isEmpty() || !lostResources.isEmpty();
    }
}
