package io.blastwall.model;

/** How sure an edge is. */
public enum Confidence {
    /** Follows from the exported policies with nothing left to evaluate. */
    PROVEN,
    /** Depends on a condition that cannot be evaluated offline (MFA, source IP, external id, tags...). */
    CONDITIONAL,
    /** Inferred from naming, runtime assumptions or incomplete data. */
    HEURISTIC;

    /** The weaker of two confidences: a path is only as sure as its weakest hop. */
    public Confidence weakest(Confidence other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
