package io.blastwall.analysis;

import io.blastwall.model.Grant;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who else a cut hurts: the work that would break. The identities looked at are, first, those that use a cut grant
 * directly (the source of any relation needing it) and the grants' holders, then those that use such a user as
 * designed (assume it, are members of it, run or authenticate as it: a role chained from a CI role, the service
 * account of a workload), nearest first. Left out: the cut's own sources and whoever uses a user only through them
 * (they lose access because the sources do), and whoever reaches a user only by escalation or administration
 * (creating pods as its service account, minting its keys, controlling its account): that loss is an attack path
 * closed, not collateral. Each one that would lose part of its radius is reported with what it loses. To bound the work only the first {@value #MAX_IDENTITIES} such identities are examined.
 */
final class CutCollateralFinder {
    static final int MAX_IDENTITIES = 32;
    /** The relations by which an identity uses another as designed; escalations and administration are not use. */
    private static final Set<RelationKind> USE = EnumSet.of(RelationKind.CAN_ASSUME, RelationKind.MEMBER_OF,
            RelationKind.RUNS_AS, RelationKind.AUTHENTICATES_AS);
    private static final BitSet NOTHING_HIDDEN = new BitSet();

    private final GraphIndex index;

    CutCollateralFinder(GraphIndex index) {
        this.index = index;
    }

    List<CutCollateral> find(int[] sources, int[] grants, BitSet hidden, RadiusMembers members) {
        List<CutCollateral> collateral = new ArrayList<>();
        int examined = 0;
        for (int x : candidates(sources, grants)) {
            if (examined++ == MAX_IDENTITIES) {
                break;
            }
            BitSet lost = members.of(x, NOTHING_HIDDEN);
            lost.andNot(members.of(x, hidden));
            if (!lost.isEmpty()) {
                collateral.add(new CutCollateral(index.id(x), lost.stream().mapToObj(index::id).toList()));
            }
        }
        return collateral;
    }

    /** The direct users and holders that are identities, in id order, then the identities upstream of them. */
    private List<Integer> candidates(int[] sources, int[] grants) {
        BitSet excluded = new BitSet(index.entityCount());
        for (int source : sources) {
            excluded.set(source);
        }
        BitSet users = directUsers(grants);
        users.andNot(excluded);
        List<Integer> out = new ArrayList<>();
        users.stream().filter(index::isIdentity).forEach(out::add);
        // breadth-first over incoming traversable relations from every user (hubs included), not through sources
        BitSet seen = (BitSet) users.clone();
        seen.or(excluded);
        int[] queue = new int[index.entityCount()];
        int size = 0;
        for (int v = users.nextSetBit(0); v >= 0; v = users.nextSetBit(v + 1)) {
            queue[size++] = v;
        }
        EdgeRows in = index.traversableIn();
        for (int head = 0; head < size && out.size() < MAX_IDENTITIES; head++) {
            int v = queue[head];
            for (int e = in.begin(v); e < in.end(v); e++) {
                int u = in.target(e);
                if (!seen.get(u) && USE.contains(index.relation(in.item(e)).kind())) {
                    seen.set(u);
                    queue[size++] = u;
                    if (index.isIdentity(u)) {
                        out.add(u);
                    }
                }
            }
        }
        return out;
    }

    private BitSet directUsers(int[] grants) {
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
        return users;
    }
}
