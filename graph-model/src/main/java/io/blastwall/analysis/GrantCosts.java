package io.blastwall.analysis;

import io.blastwall.model.Grant;
import io.blastwall.model.GrantKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What it costs, in disruption, to remove a grant. Kept in hundredths so that flows and sums are exact:
 * <ul>
 *   <li>1.00 for any removal;
 *   <li>−0.10 for a {@link GrantKind#GROUP_MEMBERSHIP} or {@link GrantKind#TRUST_STATEMENT}: it takes one
 *       principal out of one group or trust policy and leaves everything else alone, whereas detaching a
 *       policy or deleting a binding usually removes unrelated permissions too;
 *   <li>+1.00 when the grant has a known use ({@link Grant#hasKnownUse()}): someone relies on it;
 *   <li>+0.25 for each further identity whose relations use it, beyond the first, counting at most 8.
 * </ul>
 */
final class GrantCosts {
    static final int SCALE = 100;
    private static final int BASE = 100;
    private static final int NARROW_CHANGE = -10;
    private static final int KNOWN_USE = 100;
    private static final int PER_OTHER_IDENTITY = 25;
    private static final int MAX_OTHER_IDENTITIES = 8;

    private final GraphIndex index;
    private final int[] users;

    GrantCosts(GraphIndex index) {
        this.index = index;
        this.users = new int[index.grantCount()];
        EdgeRows relations = index.grantUsers();
        BitSet seen = new BitSet(index.entityCount());
        for (int g = 0; g < users.length; g++) {
            seen.clear();
            for (int e = relations.begin(g); e < relations.end(g); e++) {
                int from = index.from(relations.target(e));
                if (index.isIdentity(from) && !seen.get(from)) {
                    seen.set(from);
                    users[g]++;
                }
            }
        }
    }

    /** The cost in hundredths; the flow network's capacity. */
    long hundredths(Grant grant) {
        long sum = 0;
        for (Part p : parts(grant)) {
            sum += p.hundredths();
        }
        return sum;
    }

    double cost(Grant grant) {
        return (double) hundredths(grant) / SCALE;
    }

    List<ScorePart> explain(Grant grant) {
        return parts(grant).stream().map(p -> new ScorePart(p.reason(), (double) p.hundredths() / SCALE)).toList();
    }

    private List<Part> parts(Grant grant) {
        List<Part> parts = new ArrayList<>(4);
        parts.add(new Part("removing a grant (" + grant.kind().action() + ")", BASE));
        if (grant.kind() == GrantKind.GROUP_MEMBERSHIP || grant.kind() == GrantKind.TRUST_STATEMENT) {
            parts.add(new Part("narrow change: takes out one principal and nothing else", NARROW_CHANGE));
        }
        if (grant.hasKnownUse()) {
            parts.add(new Part("in use (last used " + grant.lastUsed() + ")", KNOWN_USE));
        }
        int others = Math.min(MAX_OTHER_IDENTITIES, Math.max(0, usersOf(grant) - 1));
        if (others > 0) {
            String who = others == 1 ? "1 other identity relies" : others + " other identities rely";
            parts.add(new Part(who + " on it", others * PER_OTHER_IDENTITY));
        }
        return parts;
    }

    private int usersOf(Grant grant) {
        int g = index.grantNumber(grant.id());
        return g < 0 ? 0 : users[g];
    }

    private record Part(String reason, int hundredths) {}
}
