package io.blastwall.importer.aws.policy;

import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;

/**
 * One way a request is allowed: through one policy (and so one set of grants). A request allowed by two policies
 * has two allowances, because removing one policy leaves the other.
 *
 * @param grants the grants that must all stay
 * @param confidence proven, or conditional on {@code conditions}
 * @param conditions conditions that could not be evaluated offline, in policy syntax
 * @param statements the allowing statements
 * @param label the policy's description
 */
public record Allowance(
        List<GrantId> grants, Confidence confidence, List<String> conditions, List<Statement> statements, String label) {
    public Allowance {
        grants = List.copyOf(grants);
        Objects.requireNonNull(confidence, "confidence");
        conditions = List.copyOf(conditions);
        statements = List.copyOf(statements);
        Objects.requireNonNull(label, "label");
    }

    public boolean isProven() {
        return confidence == Confidence.PROVEN;
    }
}
