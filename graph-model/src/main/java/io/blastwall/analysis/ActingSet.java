package io.blastwall.analysis;

/**
 * The entities an identity acts as: itself and everything it reaches over traversable relations. The
 * listed entities are those whose outgoing relations still have to be read; {@link #contains} answers for
 * the whole set (a sweep may list only the part not already summarised by a {@link ClosureHub}).
 */
interface ActingSet {
    /** The identity itself. */
    int source();

    int count();

    /** The {@code i}-th listed entity. */
    int vertex(int i);

    boolean contains(int v);
}
