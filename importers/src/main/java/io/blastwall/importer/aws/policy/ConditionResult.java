package io.blastwall.importer.aws.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a statement's conditions.
 *
 * @param value true, false, or unknown offline
 * @param unresolved the clauses (policy syntax) that could not be decided; empty unless {@code value} is unknown
 */
public record ConditionResult(Tri value, List<String> unresolved) {
    public static final ConditionResult TRUE = new ConditionResult(Tri.TRUE, List.of());

    public ConditionResult {
        Objects.requireNonNull(value, "value");
        unresolved = List.copyOf(unresolved);
    }
}
