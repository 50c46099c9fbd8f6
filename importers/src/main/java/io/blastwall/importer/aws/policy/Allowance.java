package io.blastwall.importer.aws.policy;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * @param evidence the allowing statements with their files and locations, then the Deny statements and boundaries
 *     that were checked (see {@link StatementEvidence})
 */
public record Allowance(List<GrantId> grants, Confidence confidence, List<String> conditions, List<Statement> statements,
        String label, List<Evidence> evidence) {
    public Allowance {
        grants = List.copyOf(grants);
        Objects.requireNonNull(confidence, "confidence");
        conditions = List.copyOf(conditions);
        statements = List.copyOf(statements);
        Objects.requireNonNull(label, "label");
        evidence = List.copyOf(new LinkedHashSet<>(evidence));
    }

    /** An allowance without statement evidence. */
    public Allowance(List<GrantId> grants, Confidence confidence, List<String> conditions, List<Statement> statements,
            String label) {
        this(grants, confidence, conditions, statements, label, List.of());
    }

    /** The same allowance with more evidence after its own. */
    public Allowance withEvidence(List<Evidence> more) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(more);
        return new Allowance(grants, confidence, conditions, statements, label, all);
    }

    public boolean isProven() {
        return confidence == Confidence.PROVEN;
    }
}
