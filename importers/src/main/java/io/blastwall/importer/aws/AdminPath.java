package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Allowance;
import java.util.Set;

/**
 * One way a principal is admin-equivalent.
 *
 * @param rule the catalogue rule, for example {@code AWS-IAM-08} (or {@code AWS-ADMIN} for {@code *} on {@code *})
 * @param reason a sentence a person understands
 * @param actions the actions the path uses
 * @param allowance the grants and conditions it rests on
 */
record AdminPath(String rule, String reason, Set<String> actions, Allowance allowance) {
    AdminPath {
        actions = Set.copyOf(actions);
    }
}
