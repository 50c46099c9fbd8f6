package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.PolicyDocument;
import java.util.Objects;

/**
 * The policy of one S3 bucket.
 *
 * @param bucket the bucket name
 * @param account the owning account, or empty when the export does not say (then the snapshot's only account)
 * @param document the policy
 * @param file the file it was read from
 */
record BucketPolicy(String bucket, String account, PolicyDocument document, String file) {
    BucketPolicy {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(file, "file");
    }

    String arn() {
        return "arn:aws:s3:::" + bucket;
    }
}
