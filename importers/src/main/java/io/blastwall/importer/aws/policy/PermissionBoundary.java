package io.blastwall.importer.aws.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The permissions boundary of a principal. When its document is not available (an AWS-managed policy the export
 * only names), every allowed action stays conditional on it.
 *
 * @param arn the boundary policy's ARN
 * @param document its default version, when known
 */
public record PermissionBoundary(String arn, Optional<PolicyDocument> document) {
    public PermissionBoundary {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(document, "document");
    }

    String unknownCondition() {
        return "within permissions boundary " + arn + " (document not available)";
    }
}
