package io.blastwall.model;

/** Strength of access to a resource, weakest first (the AWS access-level classification). */
public enum AccessLevel {
    NONE("none", 0),
    LIST("list", 1),
    READ("read", 2),
    TAGGING("tagging", 2),
    WRITE("write", 4),
    PERMISSIONS_MANAGEMENT("permissions management", 7),
    ADMIN("admin", 10);

    private final String label;
    private final int weight;

    AccessLevel(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    /** Relative weight used when scoring a blast radius. */
    public int weight() {
        return weight;
    }

    public boolean isStrongerThan(AccessLevel other) {
        return weight > other.weight || (weight == other.weight && ordinal() > other.ordinal());
    }

    public static AccessLevel strongest(AccessLevel a, AccessLevel b) {
        return a.isStrongerThan(b) ? a : b;
    }
}
