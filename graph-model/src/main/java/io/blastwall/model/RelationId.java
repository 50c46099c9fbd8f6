package io.blastwall.model;

import java.util.Objects;

/** Identifier of one relation; parallel relations between the same entities keep distinct ids. */
public record RelationId(String value) {
    public RelationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("relation id must not be blank");
        }
    }

    public static RelationId of(String value) {
        return new RelationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
