package io.blastwall.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Compressed sparse rows: row {@code v} holds positions {@code begin(v)..end(v)-1}; each position has a
 * target and the relation (or other item) it came from.
 */
record EdgeRows(int[] start, int[] targets, int[] items) {
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
}
