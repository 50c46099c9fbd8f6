package io.blastwall.importer.aws.policy;

import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Access one allow statement gives on one resource pattern, after explicit denies and the permissions boundary.
 *
 * @param resource the resource pattern ({@code *} for statements with {@code NotResource})
 * @param actions the allowed action patterns ({@code *} for statements with {@code NotAction})
 * @param source the policy and its grants
 * @param statement the allowing statement
 * @param confidence proven, conditional on {@code conditions}, or heuristic when the boundary only partly overlaps
 * @param conditions conditions not decidable offline, in policy syntax, and possibly-applying denies
 * @param notes limits that are certain but not expressible as patterns ({@code NotAction}, {@code NotResource},
 *     parts removed by a Deny)
 * @param evidence the allowing statement, then the Deny and boundary statements checked (see {@link StatementEvidence})
 */
public record AccessGrant(
        String resource,
        List<String> actions,
        AttachedPolicy source,
        Statement statement,
        Confidence confidence,
        List<String> conditions,
        List<String> notes,
        List<Evidence> evidence) {
    public AccessGrant {
        Objects.requireNonNull(resource, "resource");
        actions = List.copyOf(actions);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(confidence, "confidence");
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
    }
}
