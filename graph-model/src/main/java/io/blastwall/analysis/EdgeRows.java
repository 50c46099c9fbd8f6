package io.blastwall.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Compressed sparse rows: row {@code v} holds positions {@code begin(v)..end(v)-1}; each position has a
 * target and the relation (or other item) it came from, and for {@code CAN_ACCESS} rows a byte beside the
 * target: the access level ({@link io.blastwall.model.AccessLevel} ordinal) of that relation, plus
 * {@link #TARGET_IS_IDENTITY} when the target is an identity, so that a search reads neither the relation nor
 * the target's flags. {@code items} may be {@code targets} itself (rows of plain numbers);
 * {@code levels} is null for rows without levels.
 */
record EdgeRows(int[] start, int[] targets, int[] items, byte[] levels) {
    /** The bit of a level byte set when the position's target is an identity. */
    static final int TARGET_IS_IDENTITY = 0x40;
    /** The bits of a level byte holding the access level ordinal. */
    static final int LEVEL = 0x3F;

    EdgeRows(int[] start, int[] targets, int[] items) {
        this(start, targets, items, null);
    }

    static EdgeRows of(int rows, int[] from, int[] to, IntPredicate keep) {
        int[] start = new int[rows + 1];
        for (int r = 0; r < from.length; r++) {
            if (keep.test(r)) {
                start[from[r] + 1]++;
            }
        }
        for (int v = 0; v < rows; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, rows);
        int[] targets = new int[start[rows]];
        int[] items = new int[start[rows]];
        for (int r = 0; r < from.length; r++) {
            if (keep.test(r)) {
                int at = fill[from[r]]++;
                targets[at] = to[r];
                items[at] = r;
            }
        }
        return new EdgeRows(start, targets, items);
    }

    static EdgeRows ofLists(List<int[]> lists) {
        int[] start = new int[lists.size() + 1];
        for (int i = 0; i < lists.size(); i++) {
            start[i + 1] = start[i] + lists.get(i).length;
        }
        int[] targets = new int[start[lists.size()]];
        for (int i = 0; i < lists.size(); i++) {
            System.arraycopy(lists.get(i), 0, targets, start[i], lists.get(i).length);
        }
        return new EdgeRows(start, targets, targets);
    }

    /**
     * These rows with a level byte per position: the level of its item, {@code levelOf.applyAsInt(item)}, and
     * {@link #TARGET_IS_IDENTITY} when {@code identity} says its target is one.
     */
    EdgeRows withLevels(java.util.function.IntUnaryOperator levelOf, boolean[] identity) {
        byte[] bytes = new byte[items.length];
        for (int e = 0; e < items.length; e++) {
            int level = levelOf.applyAsInt(items[e]);
            if (level < 0 || level > LEVEL) {
                throw new IllegalArgumentException("level ordinal " + level);
            }
            bytes[e] = (byte) (level | (identity[targets[e]] ? TARGET_IS_IDENTITY : 0));
        }
        return new EdgeRows(start, targets, items, bytes);
    }

    /** The positions whose item {@code keep} accepts; see {@link #filter}. */
    EdgeRows filterItems(IntPredicate keep) {
        return filter(e -> keep.test(items[e]));
    }

    /**
     * The positions {@code keep} accepts, in the same order (levels kept); rows of plain numbers
     * ({@code items == targets}) stay so.
     */
    EdgeRows filter(IntPredicate keep) {
        int rows = start.length - 1;
        int[] newStart = new int[rows + 1];
        int kept = 0;
        for (int e = 0; e < items.length; e++) {
            kept += keep.test(e) ? 1 : 0;
        }
        int[] newTargets = new int[kept];
        int[] newItems = items == targets ? newTargets : new int[kept];
        byte[] newLevels = levels == null ? null : new byte[kept];
        int at = 0;
        for (int row = 0; row < rows; row++) {
            for (int e = start[row], end = start[row + 1]; e < end; e++) {
                if (keep.test(e)) {
                    newTargets[at] = targets[e];
                    newItems[at] = items[e];
                    if (newLevels != null) {
                        newLevels[at] = levels[e];
                    }
                    at++;
                }
            }
            newStart[row + 1] = at;
        }
        return new EdgeRows(newStart, newTargets, newItems, newLevels);
    }

    /** The transposed rows: for every target, the rows that point at it (in row order). */
    EdgeRows reversed(int targetRows) {
        return reversed(targetRows, row -> true);
    }

    /** {@link #reversed(int)} leaving out the rows {@code keepRow} rejects. */
    EdgeRows reversed(int targetRows, IntPredicate keepRow) {
        int[] from = new int[targets.length];
        for (int row = 0; row + 1 < start.length; row++) {
            Arrays.fill(from, start[row], start[row + 1], row);
        }
        EdgeRows rev = of(targetRows, targets, from, e -> keepRow.test(from[e]));
        return new EdgeRows(rev.start, rev.targets, rev.targets);
    }

    int begin(int row) {
        return start[row];
    }

    int end(int row) {
        return start[row + 1];
    }

    int degree(int row) {
        return start[row + 1] - start[row];
    }

    int target(int position) {
        return targets[position];
    }

    int item(int position) {
        return items[position];
    }

    /** The access level ordinal at {@code position}; only for rows made {@link #withLevels}. */
    int level(int position) {
        return levels[position] & LEVEL;
    }
}
