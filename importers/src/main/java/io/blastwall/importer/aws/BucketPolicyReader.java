package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code {"BucketPolicies":[{"Bucket":"name","Account":"111122223333","Policy":"<json>"}]}}: per bucket the
 * {@code Policy} of {@code aws s3api get-bucket-policy} (a JSON string, or the document itself) and optionally the
 * owning account.
 */
final class BucketPolicyReader {
    private final Warnings warnings;

    BucketPolicyReader(Warnings warnings) {
        this.warnings = warnings;
    }

    List<BucketPolicy> read(DetectedSource source) {
        JsonNode list = source.json().orElseThrow().path("BucketPolicies");
        List<BucketPolicy> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            String where = "BucketPolicies[" + i + "].Policy";
            try {
                out.add(new BucketPolicy(b.path("Bucket").asText(), b.path("Account").asText(""),
                        new PolicyParser().parse(b.path("Policy"), where, PolicyParser.Kind.TRUST), source.path()));
            } catch (PolicyFormatException e) {
                warnings.add(source.path(), where, "bucket policy of " + b.path("Bucket").asText() + " is not valid ("
                        + e.getMessage() + "); ignored");
            }
        }
        return out;
    }
}
