package io.blastwall.analysis;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when asked for, from arrays the maker holds: a radius of
 * 100,000 resources keeps ints and bytes, and a row (with its path) exists only while a caller looks at it.
 * Each {@link #get} makes a new, equal element; the list is safe to share between threads as long as
 * {@code row} only reads immutable state.
 */
final class RowList<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<T> row;

    RowList(int size, IntFunction<T> row) {
        this.size = size;
        this.row = row;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return row.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
