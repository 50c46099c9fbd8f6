package io.blastwall.analysis;

import io.blastwall.analysis.IdentityDiff.Presence;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

/**
 * What every identity gained or lost between two analyses: two snapshots (identities matched by id), or an
 * analysis and its what-if view ({@link Analysis#withoutGrants}). Each identity's radius is searched once on
 * each side, so the work is that of two searches per identity; it checks the thread's interrupt flag between
 * identities and throws {@link CancellationException} when it is raised.
 *
 * @param before the earlier side
 * @param after the later side
 * @param changes identities whose radius differs (or that exist on one side only), in id order
 */
public record SnapshotDiff(Analysis before, Analysis after, List<IdentityDiff> changes) {
    private static final String MESSAGE = "Comparing blast radii";

    public SnapshotDiff {
        changes = List.copyOf(changes);
    }

    public static SnapshotDiff compare(Analysis before, Analysis after, ProgressListener progress) {
        Set<EntityId> identities = new TreeSet<>();
        addIdentities(before, identities);
        addIdentities(after, identities);
        Contents earlier = new Contents(before.index());
        Contents later = new Contents(after.index());
        List<IdentityDiff> changes = new ArrayList<>();
        long done = 0;
        progress.progress(MESSAGE, 0, identities.size());
        for (EntityId id : identities) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("comparison interrupted");
            }
            IdentityDiff diff = diff(id, earlier.of(id), later.of(id));
            if (!diff.isUnchanged() || diff.presence() != Presence.BOTH) {
                changes.add(diff);
            }
            if (++done % 256 == 0) {
                progress.progress(MESSAGE, done, identities.size());
            }
        }
        progress.progress(MESSAGE, identities.size(), identities.size());
        return new SnapshotDiff(before, after, changes);
    }

    /** What {@code identity} gained or lost from {@code before} to {@code after} (unchanged is a diff too). */
    public static IdentityDiff ofIdentity(Analysis before, Analysis after, EntityId identity) {
        return diff(identity, new Contents(before.index()).of(identity), new Contents(after.index()).of(identity));
    }

    /** The change of {@code identity}, if it changed. */
    public Optional<IdentityDiff> of(EntityId identity) {
        return changes.stream().filter(d -> d.identity().equals(identity)).findFirst();
    }

    private static void addIdentities(Analysis analysis, Set<EntityId> into) {
        for (Entity e : analysis.graph().entities()) {
            if (e.isIdentity()) {
                into.add(e.id());
            }
        }
    }

    private static IdentityDiff diff(EntityId id, Reach was, Reach is) {
        Presence presence = was.present() && is.present() ? Presence.BOTH
                : is.present() ? Presence.ADDED : Presence.REMOVED;
        List<EntityId> identitiesGained = minus(is.identities(), was.identities());
        List<EntityId> identitiesLost = minus(was.identities(), is.identities());
        List<AccessChange> resources = new ArrayList<>();
        Set<EntityId> all = new TreeSet<>(was.resources().keySet());
        all.addAll(is.resources().keySet());
        for (EntityId r : all) {
            AccessLevel a = was.resources().getOrDefault(r, AccessLevel.NONE);
            AccessLevel b = is.resources().getOrDefault(r, AccessLevel.NONE);
            // An identity acted as on one side and only accessed on the other is an identity gained or lost:
            // its CAN_ACCESS relation names it but does not let anyone act as it.
            boolean actedAsOnOneSide = was.identities().contains(r) || is.identities().contains(r);
            if (a != b && !actedAsOnOneSide) {
                resources.add(new AccessChange(r, a, b));
            }
        }
        List<EntityId> stillAccessed = identitiesLost.stream().filter(is.resources()::containsKey).toList();
        return new IdentityDiff(id, presence, identitiesGained, identitiesLost, resources,
                minus(is.crownJewels(), was.crownJewels()), minus(was.crownJewels(), is.crownJewels()), stillAccessed);
    }

    private static List<EntityId> minus(Set<EntityId> a, Set<EntityId> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    /** One side's radius of one identity, by id. */
    private record Reach(boolean present, Set<EntityId> identities, Map<EntityId, AccessLevel> resources,
            Set<EntityId> crownJewels) {}

    /** Reads radii on one side, reusing its search arrays. */
    private static final class Contents {
        private final GraphIndex index;
        private final Bfs bfs;
        private final ResourceLevels levels;

        Contents(GraphIndex index) {
            this.index = index;
            this.bfs = new Bfs(index);
            this.levels = new ResourceLevels(index);
        }

        Reach of(EntityId id) {
            Set<EntityId> identities = new TreeSet<>();
            Map<EntityId, AccessLevel> resources = new TreeMap<>();
            Set<EntityId> jewels = new TreeSet<>();
            if (!index.graph().contains(id) || !index.isIdentity(index.require(id))) {
                return new Reach(false, identities, resources, jewels);
            }
            BitSet none = new BitSet();
            bfs.run(index.require(id), none);
            for (int i = 1; i < bfs.count(); i++) {
                int v = bfs.vertex(i);
                if (index.isIdentity(v)) {
                    identities.add(index.id(v));
                    note(v, jewels);
                }
            }
            levels.collect(bfs, none);
            for (int i = 0; i < levels.count(); i++) {
                int r = levels.resource(i);
                resources.put(index.id(r), levels.level(r));
                note(r, jewels);
            }
            return new Reach(true, identities, resources, jewels);
        }

        private void note(int v, Set<EntityId> jewels) {
            if (index.isCrownJewel(v)) {
                jewels.add(index.id(v));
            }
        }
    }
}
