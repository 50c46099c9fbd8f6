package io.blastwall.model;

/** How much it matters if an entity is reached. CRITICAL entities are crown jewels by default. */
public enum Sensitivity {
    NONE(0),
    LOW(1),
    MEDIUM(3),
    HIGH(6),
    CRITICAL(10);

    private final int weight;

    Sensitivity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public static Sensitivity highest(Sensitivity a, Sensitivity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
