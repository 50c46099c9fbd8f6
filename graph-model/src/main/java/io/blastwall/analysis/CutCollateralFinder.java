package io.blastwall.analysis;

import io.blastwall.model.Grant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Who else a cut hurts. The identities looked at are those that use a cut grant directly (the source of
 * any relation needing it) and the grants' holders, the cut's own sources excepted; each one that would
 * lose part of its radius is reported with what it loses. To bound the work only the first
 * {@value #MAX_IDENTITIES} such identities (in id order) are examined; identities that lose access only
 * indirectly, through someone else's path, are not searched for.
 */
final class CutCollateralFinder {
    static final int MAX_IDENTITIES = 32;
    private static final BitSet NOTHING_HIDDEN = new BitSet();

    private final GraphIndex index;

    CutCollateralFinder(GraphIndex index) {
        this.index = index;
    }

    List<CutCollateral> find(int[] sources, int[] grants, BitSet hidden, RadiusMembers members) {
        List<CutCollateral> collateral = new ArrayList<>();
        BitSet affected = directUsers(sources, grants);
        int examined = 0;
        for (int x = affected.nextSetBit(0); x >= 0 && examined < MAX_IDENTITIES; x = affected.nextSetBit(x + 1)) {
            examined++;
            BitSet lost = members.of(x, NOTHING_HIDDEN);
            lost.andNot(members.of(x, hidden));
            if (!lost.isEmpty()) {
                collateral.add(new CutCollateral(index.id(x), lost.stream().mapToObj(index::id).toList()));
            }
        }
        return collateral;
    }

    private BitSet directUsers(int[] sources, int[] grants) {
        BitSet users = new BitSet(index.entityCount());
        EdgeRows relations = index.grantUsers();
        for (int g : grants) {
            for (int e = relations.begin(g); e < relations.end(g); e++) {
                users.set(index.from(relations.target(e)));
            }
            Grant grant = index.grant(g);
            if (index.graph().contains(grant.holder())) {
                users.set(index.require(grant.holder()));
            }
        }
        for (int source : sources) {
            users.clear(source);
        }
        for (int v = users.nextSetBit(0); v >= 0; v = users.nextSetBit(v + 1)) {
            if (!index.isIdentity(v)) {
                users.clear(v);
            }
        }
        return users;
    }
}
