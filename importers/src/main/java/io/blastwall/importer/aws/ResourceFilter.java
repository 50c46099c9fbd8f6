package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.importer.aws.policy.Glob;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Skips targets a principal cannot act on before asking the evaluator: when every statement that may allow the
 * action names its resources exactly (no wildcard, no {@code NotResource}), only those resources can be allowed.
 * A principal with {@code iam:PutRolePolicy} on one role is then checked against that role, not all 10,000.
 */
final class ResourceFilter {
    private ResourceFilter() {}

    /** The resources (case-insensitive) the action can be allowed on, or empty when that is not a short list. */
    static Optional<Set<String>> namedOnly(EffectivePermissions permissions, String action) {
        List<String> patterns = permissions.allowedResourcePatterns(action);
        if (patterns.stream().anyMatch(Glob::hasWildcard)) {
            return Optional.empty();
        }
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        out.addAll(patterns);
        return Optional.of(out);
    }
}
