package io.blastwall.model;

import java.util.Objects;

/** Identifier of one removable grant (a policy attachment, an inline policy, a trust principal, ...). */
public record GrantId(String value) implements Comparable<GrantId> {
    public GrantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("grant id must not be blank");
        }
    }

    public static GrantId of(String value) {
        return new GrantId(value);
    }

    @Override
    public int compareTo(GrantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
