package io.blastwall.analysis;

import java.util.BitSet;

/**
 * The entities inside a radius (identities reached and resources, the identity itself excluded) as a set of
 * entity numbers, on a view that hides some relations. Used to size radii and to tell what a cut takes
 * away. Reuses its arrays between calls, so it is not thread-safe.
 */
final class RadiusMembers {
    private final GraphIndex index;
    private final Bfs bfs;
    private final ResourceLevels levels;

    RadiusMembers(GraphIndex index) {
        this.index = index;
        this.bfs = new Bfs(index);
        this.levels = new ResourceLevels(index);
    }

    BitSet of(int identity, BitSet hidden) {
        bfs.run(identity, hidden);
        BitSet members = new BitSet(index.entityCount());
        for (int i = 1; i < bfs.count(); i++) {
            if (index.isIdentity(bfs.vertex(i))) {
                members.set(bfs.vertex(i));
            }
        }
        levels.collect(bfs, hidden);
        for (int i = 0; i < levels.count(); i++) {
            members.set(levels.resource(i));
        }
        return members;
    }
}
