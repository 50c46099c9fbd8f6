package io.blastwall.model;

import java.util.Objects;

/** Stable identifier of an entity: an ARN, a Kubernetes object path, or another provider-unique key. */
public record EntityId(String value) implements Comparable<EntityId> {
    public EntityId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("entity id must not be blank");
        }
    }

    public static EntityId of(String value) {
        return new EntityId(value);
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
