package io.blastwall.analysis;

import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a snapshot.
 *
 * @param kind what sort of problem (with its OWASP NHI Top 10 risk)
 * @param subject the identity (or key) the finding is about
 * @param severity how urgent: the kind's severity, raised when the subject reaches crown jewels
 * @param summary one sentence naming the subject and what is wrong
 * @param evidence the statements, bindings or report rows it rests on
 * @param confidence how sure: {@code heuristic} when it rests on naming or missing data
 */
public record Finding(
        FindingKind kind,
        EntityId subject,
        FindingKind.Severity severity,
        String summary,
        List<Evidence> evidence,
        Confidence confidence) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(confidence, "confidence");
    }

    public OwaspNhi owasp() {
        return kind.owasp();
    }
}
