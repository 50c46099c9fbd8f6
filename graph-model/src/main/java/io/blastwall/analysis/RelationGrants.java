package io.blastwall.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The grants of each relation, as grant numbers in the relation's list order. Most relations need exactly one
 * grant, so that one is stored inline (one int per relation); relations with none hold -1 and those with two or
 * more point into overflow rows ({@code -2 - row}). Immutable.
 */
final class RelationGrants {
    private static final int NONE = -1;

    private final int[] inline;
    private final EdgeRows overflow;

    private RelationGrants(int[] inline, EdgeRows overflow) {
        this.inline = inline;
        this.overflow = overflow;
    }

    /** From each relation's grant numbers, relation by relation. */
    static RelationGrants of(int relations, java.util.function.IntFunction<int[]> grantsOf) {
        int[] inline = new int[relations];
        List<int[]> lists = new ArrayList<>();
        for (int r = 0; r < relations; r++) {
            int[] grants = grantsOf.apply(r);
            if (grants.length == 0) {
                inline[r] = NONE;
            } else if (grants.length == 1) {
                inline[r] = grants[0];
            } else {
                inline[r] = -2 - lists.size();
                lists.add(grants);
            }
        }
        return new RelationGrants(inline, EdgeRows.ofLists(lists));
    }

    int relationCount() {
        return inline.length;
    }

    /** How many grants relation {@code r} needs. */
    int count(int r) {
        int v = inline[r];
        return v >= 0 ? 1 : v == NONE ? 0 : overflow.degree(-2 - v);
    }

    /** The {@code i}-th grant of relation {@code r}. */
    int grant(int r, int i) {
        int v = inline[r];
        if (v >= 0) {
            if (i != 0) {
                throw new IndexOutOfBoundsException(i);
            }
            return v;
        }
        int row = -2 - v;
        if (v == NONE || i < 0 || i >= overflow.degree(row)) {
            throw new IndexOutOfBoundsException(i);
        }
        return overflow.target(overflow.begin(row) + i);
    }

    /** The relations using each grant, as rows keyed by grant number, relations in number order. */
    EdgeRows users(int grants) {
        int[] start = new int[grants + 1];
        for (int r = 0; r < inline.length; r++) {
            for (int i = 0, n = count(r); i < n; i++) {
                start[grant(r, i) + 1]++;
            }
        }
        for (int g = 0; g < grants; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = java.util.Arrays.copyOf(start, grants);
        int[] relations = new int[start[grants]];
        for (int r = 0; r < inline.length; r++) {
            for (int i = 0, n = count(r); i < n; i++) {
                relations[fill[grant(r, i)]++] = r;
            }
        }
        return new EdgeRows(start, relations, relations);
    }

    /** Heap bytes of the arrays. */
    long bytes() {
        long ints = inline.length + overflow.start().length + overflow.targets().length;
        return 4 * ints + 3 * 16;
    }
}
