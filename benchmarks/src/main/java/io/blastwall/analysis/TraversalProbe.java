package io.blastwall.analysis;

import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark access to the analysis internals (same package, on the class path only): the traversal a blast radius
 * makes, breadth first over the traversable rows and then the access offers, on reused stamped arrays as the
 * all-identities sweep runs it, without building result values; and the bytes of the {@link GraphIndex} arrays
 * (exact: the index holds no id maps since ids are found by binary search).
 */
public final class TraversalProbe {
    private static final BitSet NOTHING_HIDDEN = new BitSet();
    /** A compressed object reference (heaps under 32 GB). */
    private static final long REFERENCE = 4;

    private final GraphIndex index;
    private final Bfs bfs;
    private final ResourceLevels levels;

    public TraversalProbe(IdentityGraph graph) {
        this.index = new GraphIndex(graph);
        this.bfs = new Bfs(index);
        this.levels = new ResourceLevels(index);
    }

    /**
     * The identities reached over traversable relations (the source included) plus the resources of the radius
     * (accessed, or reached over a traversable relation without being an identity), from {@code identity}.
     */
    public int traverse(EntityId identity) {
        bfs.run(index.require(identity), NOTHING_HIDDEN);
        int identities = 0;
        for (int i = 0; i < bfs.count(); i++) {
            identities += index.isIdentity(bfs.vertex(i)) ? 1 : 0;
        }
        return identities + levels.collect(bfs, NOTHING_HIDDEN).count();
    }

    /** Bytes of the index's arrays, in declaration order. */
    public Map<String, Long> bytes() {
        Map<String, Long> parts = new LinkedHashMap<>();
        int n = index.entityCount();
        int r = index.relationCount();
        int g = index.grantCount();
        parts.put("entities[] + identity/crownJewel/sensitivity bytes", ints(n) * REFERENCE / 4 + 3L * (16 + n));
        parts.put("relations[]", ints(r) * REFERENCE / 4);
        parts.put("relationFrom", ints(r));
        parts.put("grants[]", ints(g) * REFERENCE / 4);
        parts.put("relationGrants (inline single grant + overflow rows)", index.relationGrants().bytes());
        parts.put("grantUsers rows", rows(index.grantUsers()));
        parts.put("traversable rows", rows(index.traversable()));
        parts.put("traversableIn rows", rows(index.traversableIn()));
        parts.put("access rows (with level bytes)", rows(index.access()));
        parts.put("accessIn rows", rows(index.accessIn()));
        parts.put("traversableToNonIdentities rows", rows(index.traversableToNonIdentities()));
        return parts;
    }

    public int relationCount() {
        return index.relationCount();
    }

    private static long rows(EdgeRows rows) {
        long bytes = ints(rows.start().length) + ints(rows.targets().length);
        if (rows.levels() != null) {
            bytes += 16 + rows.levels().length;
        }
        return rows.items() == rows.targets() ? bytes : bytes + ints(rows.items().length);
    }

    private static long ints(int length) {
        return 16 + 4L * length;
    }
}
