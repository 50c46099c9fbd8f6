package io.blastwall.importer.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.PolicyFormatException;
import io.blastwall.importer.aws.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads bucket policies in two forms. One file for many buckets: {@code
 * {"BucketPolicies":[{"Bucket":"name","Account":"111122223333","Policy":"<json>"}]}}, per bucket the {@code Policy}
 * of {@code aws s3api get-bucket-policy} (a JSON string, or the document itself) and optionally the owning account.
 * Or one file per bucket, as {@code aws s3api get-bucket-policy} writes it ({@code {"Policy":"<json>"}}), named for
 * the bucket ({@code <bucket>.json} or just {@code <bucket>}); the owning account is the nearest folder above it
 * named with a 12-digit account id, if any. A policy that cannot be read is skipped with a warning naming the file
 * and the place in it.
 */
final class BucketPolicyReader {
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final Warnings warnings;

    BucketPolicyReader(Warnings warnings) {
        this.warnings = warnings;
    }

    List<BucketPolicy> read(DetectedSource source) {
        JsonNode root = source.json().orElseThrow();
        if (!root.has("BucketPolicies")) {
            return one(source, root);
        }
        JsonNode list = root.path("BucketPolicies");
        List<BucketPolicy> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode b = list.get(i);
            String where = "BucketPolicies[" + i + "].Policy";
            try {
                out.add(new BucketPolicy(b.path("Bucket").asText(), b.path("Account").asText(""),
                        new PolicyParser().parse(b.path("Policy"), where, PolicyParser.Kind.TRUST), source.path()));
            } catch (PolicyFormatException e) {
                warnings.add(source.path(), e.location().isEmpty() ? where : e.location(), "bucket policy of " + b.path("Bucket").asText() + " is not valid ("
                        + e.getMessage() + "); ignored");
            }
        }
        return out;
    }

    private List<BucketPolicy> one(DetectedSource source, JsonNode root) {
        String file = source.input().fileName();
        String bucket = file.toLowerCase(Locale.ROOT).endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        if (!BUCKET_NAME.matcher(bucket).matches()) {
            warnings.add(source.path(), "", "a get-bucket-policy output must be named for its bucket (<bucket>.json), and "
                    + quote(bucket) + " is not a bucket name; ignored");
            return List.of();
        }
        try {
            return List.of(new BucketPolicy(bucket, account(source.path()),
                    new PolicyParser().parse(root.path("Policy"), "Policy", PolicyParser.Kind.TRUST), source.path()));
        } catch (PolicyFormatException e) {
            warnings.add(source.path(), e.location().isEmpty() ? "Policy" : e.location(), "bucket policy of " + bucket + " is not valid (" + e.getMessage() + "); ignored");
            return List.of();
        }
    }

    /** The nearest folder above the file named with an account id, or empty. */
    private static String account(String path) {
        String[] parts = path.replace('\\', '/').replace("!/", "/").split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (ACCOUNT.matcher(parts[i]).matches()) {
                return parts[i];
            }
        }
        return "";
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
