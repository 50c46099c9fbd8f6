package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shortest attack paths: fewest hops over traversable relations, where the last hop may instead be a
 * {@code CAN_ACCESS} relation into the target. To an identity that is reachable over traversable relations
 * the path only uses those (acting as it beats reading it); to anything else the shorter of the two kinds
 * wins, the traversable one on a tie. Ties between equally short paths are broken by relation id, so
 * answers are stable. Every step carries its relation (with its confidence) and the grants behind it.
 * Instances are immutable and safe to share between threads.
 */
public final class AttackPathFinder {
    private static final BitSet NOTHING_HIDDEN = new BitSet();
    private static final Comparator<AttackPath> NEAREST_FIRST =
            Comparator.comparingInt(AttackPath::hops).thenComparing(AttackPath::target);

    private final GraphIndex index;

    public AttackPathFinder(IdentityGraph graph) {
        this(new GraphIndex(graph));
    }

    AttackPathFinder(GraphIndex index) {
        this.index = index;
    }

    /**
     * The shortest path from {@code from} to {@code to}, empty when there is none; a path of no steps when
     * they are the same entity. {@link IllegalArgumentException} when either is unknown.
     */
    public Optional<AttackPath> shortest(EntityId from, EntityId to) {
        int source = index.require(from);
        int target = index.require(to);
        if (source == target) {
            return Optional.of(new AttackPath(from, to, List.of()));
        }
        return best(new Bfs(index).run(source, NOTHING_HIDDEN), new AttackPaths(index), target);
    }

    /**
     * Up to {@code k} shortest loopless paths from {@code from} to {@code to}, fewest hops first (ties by
     * relation ids), each a different sequence of relations; the first is as short as {@link #shortest}.
     * Built by Yen's algorithm on the part of the graph between the two. Empty when there is no path or
     * {@code from} is {@code to}; {@link IllegalArgumentException} for unknown ids or {@code k < 1}.
     */
    public List<AttackPath> kShortest(EntityId from, EntityId to, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        int source = index.require(from);
        int target = index.require(to);
        if (source == target) {
            return List.of();
        }
        AttackPaths paths = new AttackPaths(index);
        return new KShortestPaths(index).find(source, target, k).stream()
                .map(relations -> paths.over(source, target, relations))
                .toList();
    }

    /** One shortest path to every crown jewel {@code from} reaches (itself excepted), nearest first, then by id. */
    public List<AttackPath> toCrownJewels(EntityId from) {
        int source = index.require(from);
        Bfs bfs = new Bfs(index).run(source, NOTHING_HIDDEN);
        AttackPaths paths = new AttackPaths(index);
        List<AttackPath> found = new ArrayList<>();
        for (int jewel : index.crownJewels()) {
            if (jewel != source) {
                best(bfs, paths, jewel).ifPresent(found::add);
            }
        }
        found.sort(NEAREST_FIRST);
        return found;
    }

    private Optional<AttackPath> best(Bfs bfs, AttackPaths paths, int target) {
        boolean reached = bfs.reached(target);
        if (reached && index.isIdentity(target)) {
            return Optional.of(paths.to(bfs, target));
        }
        int fewest = reached ? bfs.hops(target) : Integer.MAX_VALUE;
        int via = -1;
        int viaRelation = -1;
        EdgeRows incoming = index.accessIn();
        for (int e = incoming.begin(target); e < incoming.end(target); e++) {
            int u = incoming.target(e);
            if (bfs.reached(u) && bfs.hops(u) + 1 < fewest) {
                fewest = bfs.hops(u) + 1;
                via = u;
                viaRelation = incoming.item(e);
            }
        }
        if (via >= 0) {
            return Optional.of(paths.through(bfs, via, viaRelation, target));
        }
        return reached ? Optional.of(paths.to(bfs, target)) : Optional.empty();
    }
}
