package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.PolicyDocument;
import java.util.List;
import java.util.Optional;

/**
 * A managed policy with its default version and its other stored versions (catalogue AWS-IAM-02: anyone allowed
 * {@code iam:SetDefaultPolicyVersion} can make one of them the default).
 *
 * @param arn the policy ARN
 * @param name the policy name
 * @param path the IAM path
 * @param createDate ISO-8601 creation date, or empty
 * @param updateDate ISO-8601 date of the last update, or empty
 * @param defaultVersion the default version id, or empty
 * @param document the default version's document, when known
 * @param origin where the document came from: {@code export}, {@code policy documents} or {@code built-in}
 * @param file the file it was read from
 * @param location the JSON path of the default version's document in that file
 * @param otherVersions the parsed documents of the stored non-default versions, in export order
 */
record ManagedPolicy(
        String arn,
        String name,
        String path,
        String createDate,
        String updateDate,
        String defaultVersion,
        Optional<PolicyDocument> document,
        String origin,
        String file,
        String location,
        List<PolicyDocument> otherVersions) {

    ManagedPolicy {
        otherVersions = List.copyOf(otherVersions);
    }

    /** A policy known by its default version only. */
    ManagedPolicy(String arn, String name, String path, String createDate, String updateDate, String defaultVersion,
            Optional<PolicyDocument> document, String origin, String file, String location) {
        this(arn, name, path, createDate, updateDate, defaultVersion, document, origin, file, location, List.of());
    }

    /** AWS-managed policies live in the pseudo-account {@code aws} and cannot be edited. */
    boolean isAwsManaged() {
        return Arn.accountOf(arn).equals("aws");
    }
}
