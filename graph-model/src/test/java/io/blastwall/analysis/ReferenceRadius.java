package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The eager radius as it was built before rows became lazy: the oracle {@link RadiusRowsTest} compares with. */
final class ReferenceRadius {
    private static final Comparator<ReachedIdentity> IDENTITY_ORDER =
            Comparator.comparingInt(ReachedIdentity::hops).thenComparing(ReachedIdentity::identity);
    private static final Comparator<ReachedResource> RESOURCE_ORDER =
            Comparator.comparingInt(ReachedResource::hops).thenComparing(ReachedResource::resource);

    private final GraphIndex index;

    ReferenceRadius(GraphIndex index) {
        this.index = index;
    }

    BlastRadius radius(int source, BitSet hidden) {
        Bfs bfs = new Bfs(index).run(source, hidden);
        ResourceLevels levels = new ResourceLevels(index).collect(bfs, hidden);
        AttackPaths paths = new AttackPaths(index);
        Details details = new Details(bfs, levels, paths);
        Offers.enumerate(index, bfs, hidden, details);
        ScoreCard card = new ScoreCard();
        List<Reached> jewels = new ArrayList<>();
        List<ReachedIdentity> identities = identities(bfs, paths, card, jewels);
        List<ReachedResource> resources = details.resources(card, jewels);
        List<EntityId> crownJewels = jewels.stream()
                .sorted(Comparator.comparingInt(Reached::hops).thenComparing(Reached::id))
                .map(Reached::id)
                .toList();
        crownJewels.forEach(j -> card.addCrownJewel());
        return new BlastRadius(index.id(source), identities, resources, crownJewels, card.points(), card.parts());
    }

    private List<ReachedIdentity> identities(Bfs bfs, AttackPaths paths, ScoreCard card, List<Reached> jewels) {
        List<ReachedIdentity> list = new ArrayList<>();
        for (int i = 1; i < bfs.count(); i++) {
            int v = bfs.vertex(i);
            if (index.isIdentity(v)) {
                list.add(new ReachedIdentity(index.id(v), bfs.hops(v), paths.to(bfs, v)));
                card.addIdentity(index.entity(v).sensitivity());
                noteJewel(v, bfs.hops(v), jewels);
            }
        }
        list.sort(IDENTITY_ORDER);
        return list;
    }

    private void noteJewel(int v, int hops, List<Reached> jewels) {
        if (index.isCrownJewel(v)) {
            jewels.add(new Reached(index.id(v), hops));
        }
    }

    private record Reached(EntityId id, int hops) {}

    /** Keeps, per resource, the fewest hops, the first (nearest) offer at the strongest level and its actions. */
    private final class Details implements Offers.Sink {
        private final Bfs bfs;
        private final ResourceLevels levels;
        private final AttackPaths paths;
        private final Map<Integer, Detail> byResource = new HashMap<>();

        Details(Bfs bfs, ResourceLevels levels, AttackPaths paths) {
            this.bfs = bfs;
            this.levels = levels;
            this.paths = paths;
        }

        @Override
        public void offer(int from, int resource, int relation, AccessLevel level) {
            Detail d = byResource.computeIfAbsent(resource, r -> new Detail(bfs.hops(from) + 1));
            if (level == levels.level(resource)) {
                if (d.via < 0) {
                    d.viaFrom = from;
                    d.via = relation;
                }
                d.actions.addAll(index.relation(relation).actions());
            }
        }

        List<ReachedResource> resources(ScoreCard card, List<Reached> jewels) {
            List<ReachedResource> list = new ArrayList<>(byResource.size());
            byResource.forEach((r, d) -> {
                list.add(new ReachedResource(
                        index.id(r), levels.level(r), d.actions, d.minHops, paths.through(bfs, d.viaFrom, d.via, r)));
                card.addResource(levels.level(r), index.entity(r).sensitivity());
                noteJewel(r, d.minHops, jewels);
            });
            list.sort(RESOURCE_ORDER);
            return list;
        }
    }

    private static final class Detail {
        private final int minHops;
        private final Set<String> actions = new HashSet<>();
        private int viaFrom = -1;
        private int via = -1;

        Detail(int minHops) {
            this.minHops = minHops;
        }
    }
}
