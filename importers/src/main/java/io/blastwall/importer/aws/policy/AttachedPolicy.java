package io.blastwall.importer.aws.policy;

import io.blastwall.model.GrantId;
import java.util.List;
import java.util.Objects;

/**
 * A policy document as it applies to one principal, with the grants that must all stay for it to apply: for a
 * user's own managed policy the attachment; for a group's policy the membership and the group's attachment.
 *
 * @param document the policy
 * @param grants the removable grants behind it
 * @param label a short description, for example {@code managed policy ReadOnlyAccess through group Dev}
 * @param file the file the document was read from, or empty when not known
 */
public record AttachedPolicy(PolicyDocument document, List<GrantId> grants, String label, String file) {
    public AttachedPolicy {
        Objects.requireNonNull(document, "document");
        grants = List.copyOf(grants);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(file, "file");
    }

    /** A policy whose file is not known. */
    public AttachedPolicy(PolicyDocument document, List<GrantId> grants, String label) {
        this(document, grants, label, "");
    }
}
