package io.blastwall.importer.aws.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The permissions boundary of a principal. When its document is not available (an AWS-managed policy the export
 * only names), every allowed action stays conditional on it.
 *
 * @param arn the boundary policy's ARN
 * @param document its default version, when known
 * @param file the file the document was read from, or empty when not known
 */
public record PermissionBoundary(String arn, Optional<PolicyDocument> document, String file) {
    public PermissionBoundary {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(file, "file");
    }

    /** A boundary whose file is not known. */
    public PermissionBoundary(String arn, Optional<PolicyDocument> document) {
        this(arn, document, "");
    }

    String unknownCondition() {
        return "within permissions boundary " + arn + " (document not available)";
    }
}
